package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hortus.app.park.ShippedFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class WhatIfCommandTest {

  static final java.util.List<String> SAMPLES = ShippedFiles.SAMPLE_RECIPES;

  @TempDir Path folder;

  private Path sample(String name) throws IOException {
    Path file = folder.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/org/hortus/assets/recipes/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @ParameterizedTest
  @FieldSource("SAMPLES")
  void theWhatIfSummaryIsPrintedForEverySampleRecipe(String recipe) throws IOException {
    CommandRun run = CommandRun.of("simulate", "--recipe", sample(recipe).toString(), "--greenhouse", "GH-01",
        "--from", "2026-03-01", "--days", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("GH-01 "), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  heating ") && l.contains(" MJ/m², water ") && l.contains(" kg/m²")), run.out());
    assertTrue(run.out().contains("hours out of band: air >1 K below heating"), run.out());
    assertTrue(run.out().contains("(of 48 h)"), run.out());
  }

  @Test
  void closedLoopWithoutAGreenhouseRunsTheWholeParkWithEachHousesOwnRecipe() {
    CommandRun run = CommandRun.of("simulate", "--closed-loop", "--from", "2026-01-10", "--days", "1");
    assertEquals(0, run.exitCode(), run.err());
    for (String id : new String[] {"GH-01", "GH-02", "GH-03", "GH-04", "GH-05", "GH-06"}) {
      assertTrue(run.out().contains("\n" + id + " "), id + " missing in\n" + run.out());
    }
    assertTrue(run.out().contains("recipe lettuce-hydroponic"), run.out());
    assertTrue(run.out().contains("6 greenhouse(s) in "), run.out());
  }

  @Test
  void aBadRecipeFileIsRefusedWithItsProblems() throws IOException {
    Path bad = folder.resolve("bad.json");
    Files.writeString(bad, Files.readString(sample("tomato.json")).replaceFirst("\"version\": 1", "\"version\": \"one\""));
    CommandRun run = CommandRun.of("simulate", "--recipe", bad.toString(), "--greenhouse", "GH-01", "--from", "2026-03-01", "--days", "1");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("bad.json:3:14: version: must be a whole number, was a text"), run.err());
  }

  @Test
  void openLoopStillNeedsAGreenhouse() {
    CommandRun run = CommandRun.of("simulate", "--from", "2026-03-01", "--days", "1");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("open loop needs --greenhouse ID"), run.err());
  }
}
