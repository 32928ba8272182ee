package org.hortus.app.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hortus.app.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every console bundle has a Chinese twin with the same keys and the same placeholders, each
 * pattern is a valid MessageFormat, and the Chinese text is not the English one copied.
 */
class BundleParityTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @Test
  void everyKeyHasAChineseTextWithTheSamePlaceholders() throws IOException {
    List<String> problems = new ArrayList<>();
    int bundles = 0;
    for (String name : Messages.BUNDLES) {
      Properties english = load(name + ".properties");
      if (english == null) {
        continue; // a page bundle not shipped yet: Messages tolerates it
      }
      bundles++;
      Properties chinese = load(name + "_zh_CN.properties");
      if (chinese == null) {
        problems.add(name + "_zh_CN.properties is missing");
        continue;
      }
      TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
      missing.removeAll(chinese.stringPropertyNames());
      missing.forEach(k -> problems.add(name + ": no Chinese text for " + k));
      TreeSet<String> extra = new TreeSet<>(chinese.stringPropertyNames());
      extra.removeAll(english.stringPropertyNames());
      extra.forEach(k -> problems.add(name + "_zh_CN: key not in English bundle: " + k));
      for (String key : english.stringPropertyNames()) {
        String en = english.getProperty(key);
        String zh = chinese.getProperty(key);
        if (zh == null) {
          continue;
        }
        if (!indexes(en).equals(indexes(zh))) {
          problems.add(name + ": " + key + " placeholders differ: " + indexes(en) + " vs " + indexes(zh));
        }
        for (String pattern : List.of(en, zh)) {
          try {
            new MessageFormat(pattern, Locale.ROOT);
          } catch (IllegalArgumentException e) {
            problems.add(name + ": " + key + " is not a valid pattern: " + pattern);
          }
        }
        // Date patterns and pure number formats are the same in both; the product's name is a name.
        String words = en.replaceAll("\\{[^}]*}", " ").replace("Hortus", " ");
        if (en.equals(zh) && !key.endsWith(".pattern") && words.matches("(?s).*[A-Za-z]{4,}.*")) {
          problems.add(name + ": " + key + " is the English text copied: " + en);
        }
      }
    }
    assertTrue(bundles >= 1, "the shell bundle is on the class path");
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  private static TreeSet<String> indexes(String pattern) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String file) throws IOException {
    try (InputStream in = BundleParityTest.class.getResourceAsStream("/org/hortus/assets/i18n/" + file)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
