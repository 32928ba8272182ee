package org.hortus.app.ui;

import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * The console's look: the base style sheet from the assets module, which draws every colour from
 * named colours, and one of three palettes that defines them. Dark is the default for a control
 * room lit low; high contrast is for bright rooms and weak eyes (black on white, heavy borders).
 */
public enum Theme {
  DARK,
  LIGHT,
  HIGH_CONTRAST;

  static final String STYLESHEET = "/org/hortus/assets/theme/hortus.css";

  /** The palette's style sheet, e.g. {@code theme/palette-dark.css}. */
  String paletteSheet() {
    return "/org/hortus/assets/theme/palette-" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".css";
  }

  /** The message key of its name in the theme chooser. */
  public String messageKey() {
    return "theme." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Applies the dark theme (tests and first start). */
  public static void apply(Scene scene) {
    DARK.applyTo(scene);
  }

  /** Replaces the scene's style sheets with the base sheet and this palette; run-time safe. */
  public void applyTo(Scene scene) {
    scene.getStylesheets().setAll(url(STYLESHEET), url(paletteSheet())); // palette last: it may add rules
  }

  private static String url(String resource) {
    URL css = Objects.requireNonNull(Theme.class.getResource(resource), resource + " missing");
    return css.toExternalForm();
  }
}
