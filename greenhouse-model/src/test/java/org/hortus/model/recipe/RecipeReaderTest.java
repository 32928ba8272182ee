package org.hortus.model.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipeReaderTest {

  private static List<String> problems(String json) {
    InvalidFileException e =
        assertThrows(InvalidFileException.class, () -> RecipeReader.read("bad.json", json));
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void aValidRecipeReadsWithItsStagesPeriodsAndStarts() throws InvalidFileException {
    ClimateRecipe recipe = RecipeReader.read("test.json", RecipeFixtures.VALID);
    assertEquals("test-tomato", recipe.id());
    assertEquals(3, recipe.version());
    assertEquals(2, recipe.stages().size());
    GrowthStage mature = recipe.stages().get(1);
    assertEquals(new PeriodStart.SunRelative(PeriodStart.SunEvent.SUNSET, 30), mature.periods().get(1).start());
    assertEquals(0, mature.periods().get(1).rampMinutes());
    assertInstanceOf(HumidityLimit.MaxRelativeHumidity.class, mature.periods().get(0).setpoints().humidity());
    assertEquals(350, mature.irrigation().shotVolumeMillilitresPerM2());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          heating above 50 °C    | "heatingTemperature": 20,      | "heatingTemperature": 55,      | bad.json:25:33: stages[0].periods[0].heatingTemperature: must be within -10…50 °C, was 55
          heating below -10 °C   | "heatingTemperature": 16,      | "heatingTemperature": -12,     | bad.json:35:33: stages[0].periods[1].heatingTemperature: must be within -10…50 °C, was -12
          RH above 100 %         | "humidity": { "rhMax": 85 },   | "humidity": { "rhMax": 101 },  | bad.json:27:34: stages[0].periods[0].humidity.rhMax: must be within 0…100 %, was 101
          CO2 below 300 ppm      | "target": 1000                 | "target": 250                  | bad.json:28:30: stages[0].periods[0].co2.target: must be within 300…3000 ppm, was 250
          CO2 above 3000 ppm     | "target": 900                  | "target": 3500                 | bad.json:63:30: stages[1].periods[0].co2.target: must be within 300…3000 ppm, was 3500
          vent below heating     | "ventilationTemperature": 24,  | "ventilationTemperature": 18,  | bad.json:26:37: stages[0].periods[0].ventilationTemperature: ventilation temperature 18.0 °C must not be below heating temperature 20.0 °C
          unknown field          | "rampMinutes": 120,            | "rampMinutes": 120, "colour": 1, | bad.json:24:41: stages[0].periods[0].colour: unknown field "colour" (known fields: co2, heatingTemperature, humidity, light, name, rampMinutes, screens, start, ventilationTemperature)
          wrong type             | "rampMinutes": 60,             | "rampMinutes": "sixty",        | bad.json:34:26: stages[0].periods[1].rampMinutes: must be a whole number, was a text
          bad start              | "start": "06:00",              | "start": "6 o'clock",          | bad.json:23:20: stages[0].periods[0].start: must be a clock time "HH:mm" or "sunrise"/"sunset" with an optional offset such as "-60min", was "6 o'clock"
          ramp longer than period | "rampMinutes": 60,            | "rampMinutes": 800,            | bad.json:34:26: stages[0].periods[1].rampMinutes: ramp of 800 min is longer than the period (720 min on a nominal day with sunrise 06:00 and sunset 18:00)
          overlapping stages     | "fromDay": 10,                 | "fromDay": 8,                  | bad.json:45:18: stages[1].fromDay: stage overlaps stages[0], which runs until day 10
          stage ends as it starts | "fromDay": 0,                 | "fromDay": 10,                 | bad.json:10:19: stages[0].untilDay: stage ends on day 10, not after it starts on day 10
          gap between stages     | "fromDay": 10,                 | "fromDay": 12,                 | bad.json:45:18: stages[1].fromDay: days 10–11 have no stage
          same start twice       | "start": "18:00",              | "start": "06:00",              | bad.json:33:20: stages[0].periods[1].start: starts at the same time as periods[0] on a nominal day
          reduced CO2 above target | "reducedTarget": 600        | "reducedTarget": 1200          | bad.json:28:53: stages[0].periods[0].co2.reducedTarget: reduced target 1200.0 ppm must not be above the target 1000.0 ppm
          missing field          | "version": 3,                  | "revision": 3,                 | bad.json:1:1: missing required field "version"
          """)
  void eachRuleIsReportedWithFileLineColumnPathAndRule(
      String rule, String from, String to, String expected) {
    List<String> messages = problems(RecipeFixtures.withReplaced(from, to));
    assertEquals(expected, messages.getFirst(), rule + " gave " + messages);
  }

  @Test
  void stagesOutOfOrderAreRefused() {
    String swapped =
        RecipeFixtures.withReplaced("\"fromDay\": 0,\n      \"untilDay\": 10,", "\"fromDay\": 20,\n      \"untilDay\": 30,");
    List<String> messages = problems(swapped);
    assertEquals(
        List.of(
            "bad.json:45:18: stages[1].fromDay: stages must be in order of fromDay: day 10 does not"
                + " come after day 20 of stages[0]"),
        messages);
  }

  @Test
  void aFileWithSeveralMistakesListsThemAllInFileOrder() {
    String bad =
        RecipeFixtures.withReplaced("\"heatingTemperature\": 20,", "\"heatingTemperature\": 55,")
            .replace("\"target\": 900", "\"target\": 3500")
            .replace("\"crop\": \"tomato\",", "\"crop\": \"tomato\", \"owner\": \"x\",");
    List<String> messages = problems(bad);
    assertEquals(4, messages.size(), messages.toString());
    assertEquals("bad.json:4:30: owner: unknown field \"owner\" (known fields: crop, id, source, stages, version)", messages.get(0));
    assertEquals(true, messages.get(1).contains("heatingTemperature: must be within -10…50 °C, was 55"));
    assertEquals(true, messages.get(2).contains("ventilationTemperature: ventilation temperature 24.0 °C must not be below heating temperature 55.0 °C"));
    assertEquals(true, messages.get(3).contains("co2.target: must be within 300…3000 ppm, was 3500"));
  }

  @Test
  void malformedJsonIsOneProblemAtItsPlace() {
    List<String> messages = problems("{\n  \"id\": \"x\",\n  \"version\": 1\n  \"crop\": \"y\"\n}");
    assertEquals(1, messages.size());
    assertEquals(true, messages.getFirst().startsWith("bad.json:4:3: malformed JSON: Unexpected character"), messages.getFirst());
  }

  @Test
  void aDuplicateKeyIsRefused() {
    List<String> messages = problems("{ \"id\": \"a\", \"id\": \"b\" }");
    assertEquals(true, messages.getFirst().contains("Duplicate field 'id'"), messages.getFirst());
  }

  @Test
  void humidityTakesExactlyOneForm() {
    List<String> messages =
        problems(RecipeFixtures.withReplaced("{ \"rhMax\": 85 }", "{ \"rhMax\": 85, \"humidityDeficitMin\": 2 }"));
    assertEquals(
        "bad.json:27:23: stages[0].periods[0].humidity: give exactly one of rhMax (%), humidityDeficitMin (g/m³) or vpdMin+vpdMax (kPa)",
        messages.getFirst());
  }

  @Test
  void aVpdBandReadsAndAnInvertedOneIsRefused() throws InvalidFileException {
    ClimateRecipe recipe =
        RecipeReader.read(
            "ok.json", RecipeFixtures.withReplaced("{ \"rhMax\": 85 }", "{ \"vpdMin\": 0.5, \"vpdMax\": 1.0 }"));
    assertEquals(
        new HumidityLimit.VpdBand(0.5, 1.0), recipe.stages().get(0).periods().get(0).setpoints().humidity());
    List<String> messages =
        problems(RecipeFixtures.withReplaced("{ \"rhMax\": 85 }", "{ \"vpdMin\": 1.2, \"vpdMax\": 0.8 }"));
    assertEquals(
        "bad.json:27:50: stages[0].periods[0].humidity.vpdMax: VPD band maximum 0.8 kPa must not be below its minimum 1.2 kPa",
        messages.getFirst());
  }

  @ParameterizedTest
  @CsvSource({"06:00", "sunrise", "sunset", "sunrise-60min", "sunset+30min", "23:59"})
  void periodStartsPrintAsTheyParse(String text) {
    assertEquals(text, PeriodStart.parse(text).toString());
  }
}
