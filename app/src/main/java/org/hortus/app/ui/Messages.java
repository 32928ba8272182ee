package org.hortus.app.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts, from the message bundle in assets ({@code org/hortus/assets/i18n/messages}):
 * no user-facing string is written in the code.
 */
public final class Messages {

  private static final String BUNDLE = "org.hortus.assets.i18n.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /** The text for {@code key} with {@code args} filled in ({@link MessageFormat}). */
  public String text(String key, Object... args) {
    try {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return "!" + key + "!"; // visible in screenshots and tests, never a crash
    }
  }

  public Locale locale() {
    return locale;
  }
}
