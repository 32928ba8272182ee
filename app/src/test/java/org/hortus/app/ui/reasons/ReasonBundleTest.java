package org.hortus.app.ui.reasons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hortus.app.alarm.ParkAlarmPhrase;
import org.hortus.app.alarm.WordsJson;
import org.hortus.app.ui.Messages;
import org.hortus.model.alarm.AlarmPhrase;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.Because;
import org.hortus.model.control.ClimateReason;
import org.hortus.model.control.Decider;
import org.hortus.model.control.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every phrase and decider the model and the park's alarms can put on screen has its words in
 * English and Chinese, and each renders with sample arguments: no {@code !key!}, and in Chinese no
 * English word left (units and chemical symbols aside).
 */
class ReasonBundleTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ReasonTexts ENGLISH = new ReasonTexts(new Messages(Locale.ENGLISH), ZONE);
  private static final ReasonTexts CHINESE =
      new ReasonTexts(new Messages(Locale.SIMPLIFIED_CHINESE), ZONE);

  /** What may stay in Latin letters in Chinese text: units and symbols. */
  private static final Pattern UNITS =
      Pattern.compile(
          "(?<![A-Za-z])(°C|m/s|ppm|kg/h|kg|g/m³|kPa|W/m²|mol/m²|min|s|h|K|mm/h|mm|CO₂)(?![A-Za-z])");

  private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");

  static List<Phrase> phrases() {
    return Stream.of(ClimateReason.values(), AlarmPhrase.values(), ParkAlarmPhrase.values())
        .flatMap(Stream::of)
        .map(Phrase.class::cast)
        .toList();
  }

  private static Properties file(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ReasonBundleTest.class.getResourceAsStream("/org/hortus/assets/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    phrases().forEach(p -> keys.add(ReasonTexts.PREFIX + p.key()));
    Stream.of(Decider.values()).forEach(d -> keys.add(ReasonTexts.PREFIX + "decider." + d.key()));
    keys.add(ReasonTexts.PREFIX + "join");
    keys.add(ReasonTexts.PREFIX + "unit.on-off");
    return keys;
  }

  /** A sample for each argument: Chinese data text, so only the pattern's own words are judged. */
  static Because sample(Phrase phrase, String text) {
    List<Object> args = new ArrayList<>();
    for (Phrase.Arg kind : phrase.args()) {
      args.add(
          switch (kind) {
            case F0, F1, F2 -> 1234.567;
            case COUNT -> 42L;
            case TEXT -> text;
            case TIME -> LocalTime.of(14, 5);
            case INSTANT -> Instant.parse("2026-11-30T06:05:00Z");
            case PHRASE -> Because.of(ClimateReason.HUMIDITY_RH, 92.4, 87);
          });
    }
    return new Because(phrase, args);
  }

  @Test
  void bothFilesHaveEveryKeyTheModelUsesAndNoOther() throws IOException {
    Properties english = file("reasons.properties");
    Properties chinese = file("reasons_zh_CN.properties");
    for (String key : keys()) {
      assertTrue(english.containsKey(key), "English lacks " + key);
      assertTrue(chinese.containsKey(key), "Chinese lacks " + key);
    }
    assertEquals(english.keySet(), chinese.keySet());
    assertEquals(keys().size(), english.size(), "keys no phrase uses");
  }

  @Test
  void everyPhraseHasAKeyOfItsOwnAndTheHistoryKnowsIt() {
    assertEquals(phrases().size(), WordsJson.phrases().size());
    for (Phrase phrase : phrases()) {
      assertEquals(phrase, WordsJson.phrases().get(phrase.key()));
    }
  }

  @ParameterizedTest
  @MethodSource("phrases")
  void everyPhraseRendersInEnglish(Phrase phrase) {
    String text = ENGLISH.text(sample(phrase, "tom"));
    assertFalse(text.contains("!"), text);
    assertFalse(text.contains("{"), text);
  }

  @ParameterizedTest
  @MethodSource("phrases")
  void everyPhraseRendersInChineseWithoutEnglishWords(Phrase phrase) {
    String text = CHINESE.text(sample(phrase, "张伟"));
    assertFalse(text.contains("!"), text);
    assertFalse(text.contains("{"), text);
    String rest = UNITS.matcher(text).replaceAll("");
    assertFalse(LATIN.matcher(rest).find(), text);
  }

  @Test
  void everyDeciderAndTheLampsUnitHaveChineseNames() {
    for (Decider decider : Decider.values()) {
      String name = CHINESE.decider(decider);
      assertFalse(name.startsWith("!"), name);
      assertFalse(LATIN.matcher(UNITS.matcher(name).replaceAll("")).find(), name);
    }
    assertEquals("开/关", CHINESE.unit(Actuator.LAMPS));
    assertEquals("%", CHINESE.unit(Actuator.LEE_VENT));
  }

  @Test
  void theEnglishNamesOfDecidersAreTheModelsOwn() {
    for (Decider decider : Decider.values()) {
      String expected = decider == Decider.CO2 ? "CO₂" : decider.english();
      assertEquals(expected, ENGLISH.decider(decider));
    }
  }

  @Test
  void anAlarmMessageIsWordedFromItsTitleConditionAndDelay() {
    Because message =
        Because.of(
            AlarmPhrase.MESSAGE_FOR,
            Because.of(ParkAlarmPhrase.AIR_HIGH, "GH-01"),
            Because.of(
                AlarmPhrase.ABOVE,
                Because.of(AlarmPhrase.VALUE, 36.24, "°C"),
                Because.of(AlarmPhrase.VALUE, 35, "°C")),
            Because.of(AlarmPhrase.DURATION_MINUTES, 2L));
    assertEquals("GH-01 室内气温过高：36.2 °C，高于 35.0 °C，已持续 2 分钟", CHINESE.text(message));
    assertEquals(message.english(), ENGLISH.text(message));
  }

  @Test
  void numbersKeepTheirDecimalsAndNestedReasonsAreWorded() {
    Because reason =
        Because.of(
            ClimateReason.BEATS_OVERRIDE,
            Because.of(ClimateReason.STORM, 21.04, 17),
            Because.of(ClimateReason.OVERRIDE, "tom", LocalTime.of(14, 0), "drying the crop"));
    assertEquals(
        "大风：风速 21.0 m/s，高于 17.0 m/s（优先于手动干预：由 tom 设定，持续至 14:00：drying the crop）",
        CHINESE.text(reason));
    assertEquals(
        "storm: wind 21.0 m/s above 17.0 m/s (beats manual override: set by tom until 2:00\u202fPM: drying the crop)",
        ENGLISH.text(reason));
  }

  @Test
  void severalInterlocksAreJoinedAsTheLanguageJoins() {
    List<Because> both =
        List.of(Because.of(ClimateReason.FROST, 3, 4), Because.of(ClimateReason.RAIN, 10));
    assertEquals("霜冻：室内气温 3.0 °C，低于 4.0 °C；降雨：迎风侧天窗开度最多 10 %", CHINESE.join(both));
    assertEquals(
        "frost: air 3.0 °C below 4.0 °C; rain: windward vents at most 10 %", ENGLISH.join(both));
  }
}
