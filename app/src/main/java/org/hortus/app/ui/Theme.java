package org.hortus.app.ui;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** The console's look: one style sheet from the assets module. */
public final class Theme {

  static final String STYLESHEET = "/org/hortus/assets/theme/hortus.css";

  private Theme() {}

  public static void apply(Scene scene) {
    URL css = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), STYLESHEET + " missing");
    scene.getStylesheets().add(css.toExternalForm());
  }
}
