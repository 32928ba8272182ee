package org.hortus.app.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The console's texts, from the message bundles in assets ({@code org/hortus/assets/i18n/}): no
 * user-facing string is written in the code. The shell's texts are in {@code messages}; each
 * planning and administration page has a bundle of its own ({@link #BUNDLES}), so a key is looked
 * up in each in turn. Numbers and dates are formatted for the chosen locale.
 *
 * <p>Bundles are looked up without falling back to the machine's default locale: on a Chinese
 * desktop, choosing English gives the base (English) bundle, not the Chinese one.
 */
public final class Messages {

  /** The bundles' base names, shell first. A page's bundle may be absent (not yet written). */
  public static final List<String> BUNDLES =
      List.of("messages", "schedules", "recipes", "whatif", "users", "audit", "reasons");

  /** The languages the console speaks, in the order the language chooser lists them. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

  private static final String PACKAGE = "org.hortus.assets.i18n.";

  private final List<ResourceBundle> bundles = new ArrayList<>();
  private final Locale locale;

  public Messages(Locale locale) {
    this.locale = locale;
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (String name : BUNDLES) {
      try {
        bundles.add(ResourceBundle.getBundle(PACKAGE + name, locale, noFallback));
      } catch (MissingResourceException absent) {
        // a page's bundle not shipped: its keys show as !key!
      }
    }
  }

  /** The text for {@code key} with {@code args} filled in ({@link MessageFormat}). */
  public String text(String key, Object... args) {
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
      }
    }
    return "!" + key + "!"; // visible in screenshots and tests, never a crash
  }

  /** Whether some bundle has {@code key}. */
  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  /** Every key of every bundle. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    bundles.forEach(b -> keys.addAll(b.keySet()));
    return keys;
  }

  public Locale locale() {
    return locale;
  }

  /** A number with exactly {@code decimals} fraction digits, grouped as the locale groups. */
  public String number(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  /** A date in the locale's medium style (30 Nov 2026; 2026年11月30日). */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** A moment as the locale writes date and time, in {@code zone}. */
  public String dateTime(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale)
        .format(instant.atZone(zone));
  }

  /** The name of a language in that language itself (English, 中文), for the language chooser. */
  public static String endonym(Locale language) {
    return language.getDisplayLanguage(language);
  }
}
