package org.hortus.app.ui.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The recipes bundle speaks both languages: every key translated, with the same placeholders. */
class RecipesBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  /** Texts that are the same in both languages: symbols and units only. */
  private static final Set<String> SAME = Set.of("v{0}", "°C", "ppm", "CO2");

  @Test
  void everyKeyHasAChineseTranslationWithTheSamePlaceholders() throws Exception {
    Properties english = load("recipes.properties");
    Properties chinese = load("recipes_zh_CN.properties");
    assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
    List<String> untranslated = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      assertTrue(key.startsWith("recipes.") || key.equals("nav.recipes"), key);
      String en = english.getProperty(key);
      String zh = chinese.getProperty(key);
      assertEquals(placeholders(en), placeholders(zh), key);
      if (en.equals(zh) && !SAME.contains(en)) {
        untranslated.add(key);
      }
    }
    assertEquals(List.of(), untranslated);
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (var in = RecipesBundleTest.class.getResourceAsStream("/org/hortus/assets/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
