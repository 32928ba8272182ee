package org.hortus.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The users and audit bundles: every key in both languages, with the same placeholders, each a
 * valid MessageFormat pattern, and the keys under the bundle's own prefix.
 */
class AdminBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @ParameterizedTest
  @ValueSource(strings = {"users", "audit"})
  void chineseHasEveryKeyWithTheSamePlaceholders(String name) throws IOException {
    Properties english = load(name + ".properties");
    Properties chinese = load(name + "_zh_CN.properties");
    assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames(), "the same keys");
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String zh = chinese.getProperty(key);
      assertTrue(key.startsWith(name + ".") || key.equals("nav." + name), key);
      assertEquals(placeholders(en), placeholders(zh), key);
      new MessageFormat(en, Locale.ENGLISH); // throws on a broken pattern
      new MessageFormat(zh, Locale.SIMPLIFIED_CHINESE);
      if (!placeholders(en).isEmpty()) {
        assertFalse(en.replace("''", "").contains("'"), key + ": quote apostrophes as ''");
      }
    }
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = AdminBundlesTest.class.getResourceAsStream("/org/hortus/assets/i18n/" + file)) {
      assertNotNull(in, file);
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
