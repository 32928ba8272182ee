package org.hortus.app.ui.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hortus.app.ui.Messages;
import org.hortus.model.Site;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's draft without a screen: as the reader judges it, with each problem at its field. */
class RecipeEditorModelTest {

  private static final Site BINHAI = new Site(34.0, 119.8, 0, ZoneId.of("Asia/Shanghai"));
  private String tomato;
  private RecipeEditorModel model;

  @BeforeEach
  void load() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json")) {
      tomato = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    model = new RecipeEditorModel(new RecipeProblemTexts(new Messages(Locale.ENGLISH)));
    model.load(tomato, 2);
  }

  @Test
  void anOpenedVersionIsAValidDraftOfTheNextVersionWithTheSameContent() throws Exception {
    DraftValidation checked = model.validation().get();
    assertTrue(checked.valid(), checked.problems().toString());
    ClimateRecipe original = RecipeReader.read("tomato.json", tomato);
    ClimateRecipe draft = checked.recipe().orElseThrow();
    assertEquals(2, draft.version());
    assertEquals(original.stages(), draft.stages());
    assertEquals(List.of(), RecipeDiff.between(tomato, checked.json()));
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      heatingTemperature     | 55    | heatingTemperature     | Must be within -10…50 °C; was 55.
      heatingTemperature     | warm  | heatingTemperature     | Must be a number, such as 19.5.
      heatingTemperature     | ''    | heatingTemperature     | Required.
      ventilationTemperature | 18    | ventilationTemperature | Ventilation temperature 18 °C must not be below the heating temperature 19 °C.
      rampMinutes            | 60.5  | rampMinutes            | Must be a whole number.
      rampMinutes            | 200   | rampMinutes            | The ramp of 200 min is longer than the period (120 min on a day with sunrise 06:00 and sunset 18:00).
      start                  | 6:00  | start                  | Must be a clock time such as 06:30, or sunrise or sunset with an offset such as sunrise-60min.
      start                  | 05:00 | start                  | Starts at the same time as period 1 (on a day with sunrise 06:00 and sunset 18:00).
      co2.reducedTarget      | 900   | co2.reducedTarget      | The reduced target 900 ppm must not be above the target 800 ppm.
      """)
  void aWrongValueIsReportedAtItsFieldInTheConsolesWords(String field, String typed, String at, String message) {
    int period = field.equals("start") && typed.equals("05:00") ? 1 : 0;
    model.stages().get(0).periods().get(period).text(field).set(typed);
    DraftValidation checked = model.validation().get();
    assertFalse(checked.valid());
    assertEquals(Optional.of(message), checked.problemAt(FieldKey.period(0, period, at)), checked.problems().toString());
  }

  @Test
  void stageRulesAreReportedAtTheStage() {
    model.stages().get(1).text("fromDay").set("25");
    DraftValidation checked = model.validation().get();
    assertEquals(Optional.of("Days 21–24 have no stage."), checked.problemAt(FieldKey.stage(1, "fromDay")));
    model.stages().get(1).text("fromDay").set("21");
    assertTrue(model.validation().get().valid());
  }

  @Test
  void theHumidityFormAndLampsWriteOnlyTheirFields() {
    PeriodForm day = model.stages().get(1).periods().get(1);
    day.humidityForm().set(HumidityForm.VPD_BAND);
    assertEquals(Optional.of("Required."), model.validation().get().problemAt(FieldKey.period(1, 1, "humidity.vpdMin")));
    day.text("humidity.vpdMin").set("0.3");
    day.text("humidity.vpdMax").set("0.8");
    day.lamps().set(false);
    DraftValidation checked = model.validation().get();
    assertTrue(checked.valid(), checked.problems().toString());
    List<RecipeDiff.Change> changes = RecipeDiff.between(tomato, checked.json());
    assertTrue(changes.contains(new RecipeDiff.Change("production", "day", "humidity.vpdMin", Optional.empty(), Optional.of("0.3"))), changes.toString());
    assertTrue(changes.contains(new RecipeDiff.Change("production", "day", "light.onBelowRadiation", Optional.of("150"), Optional.empty())), changes.toString());
  }

  @Test
  void theDiffNamesStagePeriodAndFieldWithBothValues() {
    model.stages().get(1).periods().get(1).text("heatingTemperature").set("21");
    assertEquals(List.of(new RecipeDiff.Change("production", "day", "heatingTemperature", Optional.of("19.5"), Optional.of("21"))),
        RecipeDiff.between(tomato, model.validation().get().json()));
  }

  @Test
  void theDayCurveFollowsTheStagesPeriodsAndKnowsSunriseAndSunset() {
    ClimateRecipe recipe = model.validation().get().recipe().orElseThrow();
    DayCurve winter = DayCurve.of(BINHAI, recipe, 1, LocalDate.of(2026, 12, 21));
    DayCurve summer = DayCurve.of(BINHAI, recipe, 1, LocalDate.of(2026, 6, 21));
    assertEquals(24 * 6 + 1, winter.points().size());
    assertTrue(winter.sunrise().orElseThrow().isAfter(summer.sunrise().orElseThrow()));
    assertTrue(winter.sunset().orElseThrow().isBefore(summer.sunset().orElseThrow()));
    // Night (22:00 onwards, settled by midnight): 18.5 °C; the day reaches 19.5 °C.
    assertEquals(18.5, winter.points().getFirst().heatingCelsius(), 1e-9);
    assertEquals(19.5, winter.points().stream().mapToDouble(DayCurve.Point::heatingCelsius).max().orElseThrow(), 1e-9);
    assertEquals(1000, winter.points().stream().mapToDouble(DayCurve.Point::co2TargetPpm).max().orElseThrow(), 1e-9);
  }
}
