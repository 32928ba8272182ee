package org.hortus.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

/** The page's English and Chinese texts match key for key and placeholder for placeholder. */
class WhatIfBundleTest {

  private static final String BUNDLE = "/org/hortus/assets/i18n/whatif";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  private static Properties read(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = WhatIfBundleTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void everyKeyIsTranslatedWithTheSamePlaceholders() throws IOException {
    Properties english = read("");
    Properties chinese = read("_zh_CN");
    assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
    for (String key : english.stringPropertyNames()) {
      assertTrue(key.startsWith("whatif.") || key.equals("nav.whatif"), key);
      assertEquals(placeholders(english.getProperty(key)), placeholders(chinese.getProperty(key)), key);
      if (!placeholders(english.getProperty(key)).isEmpty()) {
        // each formats without a quoting slip (a lone ' swallows the rest of a pattern)
        String en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(new Object[] {"A", "B", 3, "D", "E", "F"});
        String zh = new MessageFormat(chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(new Object[] {"A", "B", 3, "D", "E", "F"});
        assertTrue(!en.contains("{") && !zh.contains("{"), key + ": " + en + " / " + zh);
      }
      if (!key.equals("whatif.greenhouse.item") && !key.equals("whatif.from.prompt")) {
        assertTrue(chinese.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
            key + " is not translated: " + chinese.getProperty(key));
      }
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
