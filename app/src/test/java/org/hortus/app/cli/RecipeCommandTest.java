package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeCommandTest {

  @TempDir Path folder;

  private Path sampleTomato() throws IOException {
    Path file = folder.resolve("tomato.json");
    try (InputStream in = getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void validateExitsZeroForAValidRecipe() throws IOException {
    CommandRun run = CommandRun.of("recipe", "validate", sampleTomato().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("tomato.json: valid (tomato-truss v1, 2 stages)"), run.out());
  }

  @Test
  void validateExitsOneAndListsEveryProblemOfEveryBadFile() throws IOException {
    Path good = sampleTomato();
    Path bad = folder.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(good)
            .replaceFirst("\"heatingTemperature\": 19.0", "\"heatingTemperature\": 60")
            .replaceFirst("\"version\": 1", "\"version\": 0"));
    CommandRun run = CommandRun.of("recipe", "validate", good.toString(), bad.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("tomato.json: valid"), run.out());
    String[] problems = run.err().strip().split("\n");
    assertEquals(3, problems.length, run.err());
    assertTrue(problems[0].startsWith(bad + ":3:14: version: must be within 1…"), problems[0]);
    assertTrue(
        problems[1].contains("stages[0].periods[0].heatingTemperature: must be within -10…50 °C, was 60"),
        problems[1]);
    assertTrue(
        problems[2].contains("ventilation temperature 22.0 °C must not be below heating temperature 60.0 °C"),
        problems[2]);
  }

  @Test
  void validateNamesAMissingFile() {
    CommandRun run = CommandRun.of("recipe", "validate", folder.resolve("nope.json").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("nope.json: cannot be read"), run.err());
  }

  @Test
  void showPrintsTheDaysCurveWithSunTimesAndPeriodStarts() throws IOException {
    CommandRun run =
        CommandRun.of(
            "recipe", "show", sampleTomato().toString(), "--date", "2026-06-21", "--crop-day", "40");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("sunrise 04:49, sunset 19:15"), run.out());
    assertTrue(run.out().contains("irrigation window 05:49–17:15"), run.out());
    // 22:00 night period (clock time) and its 60-min ramp from pre-night's 16.5 °C to 18.5 °C.
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("22:00  production   night            16.5")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("22:30  production   night            17.5")), run.out());
  }

  @Test
  void showTakesAnotherSite() throws IOException {
    CommandRun run =
        CommandRun.of(
            "recipe", "show", sampleTomato().toString(), "--date", "2026-12-21",
            "--site", "69.65,18.96,Europe/Oslo");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("polar night (no sunrise)"), run.out());
    assertTrue(run.out().contains("no irrigation window"), run.out());
  }
}
