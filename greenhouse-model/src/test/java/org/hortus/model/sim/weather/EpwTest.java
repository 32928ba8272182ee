package org.hortus.model.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpwTest {

  private static final HourlyWeather WRITTEN = EpwSample.weather();
  private static final String TEXT = EpwWriter.toText(WRITTEN);

  private static HourlyWeather read(String text) throws IOException {
    return EpwReader.read(new StringReader(text), "test.epw");
  }

  @Test
  void readBackEqualsWhatWasWritten(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("three-days.epw");
    EpwWriter.write(WRITTEN, file);
    HourlyWeather back = EpwReader.read(file);

    assertEquals(72, back.hourCount());
    assertEquals(WRITTEN.start(), back.start());
    assertEquals(Instant.parse("2025-01-14T00:00:00Z"), back.start(), "01:00 CET, hour 1");
    assertEquals(ZoneOffset.ofHours(1), back.site().zone());
    assertEquals(52.10, back.site().latitudeDegrees(), 1e-9);
    for (int i = 0; i < back.hourCount(); i++) {
      OutsideConditions w = WRITTEN.hour(i);
      OutsideConditions r = back.hour(i);
      String at = "hour " + i;
      assertEquals(w.temperatureCelsius(), r.temperatureCelsius(), 0.05 + 1e-9, at);
      assertEquals(w.relativeHumidityPercent(), r.relativeHumidityPercent(), 0.5 + 1e-9, at);
      assertEquals(w.globalRadiationWattsPerM2(), r.globalRadiationWattsPerM2(), 0.5 + 1e-9, at);
      assertEquals(w.windSpeedMetresPerSecond(), r.windSpeedMetresPerSecond(), 0.05 + 1e-9, at);
      assertEquals(w.windDirectionDegrees() % 360, r.windDirectionDegrees(), 0.5 + 1e-9, at);
      assertEquals(w.rainMillimetresPerHour(), r.rainMillimetresPerHour(), 0.05 + 1e-9, at);
      // 1 W/m² of infrared is about 0.2 K of sky temperature.
      assertEquals(w.skyTemperatureCelsius(), r.skyTemperatureCelsius(), 0.15, at);
      assertEquals(WRITTEN.cloudCoverFraction(i), back.cloudCoverFraction(i), 0.05 + 1e-9, at);
    }
  }

  @Test
  void writingWhatWasReadGivesTheSameText() throws IOException {
    assertEquals(TEXT, EpwWriter.toText(read(TEXT)));
  }

  @Test
  void theShippedSampleIsWhatTheGeneratorWritesForSeed42() throws IOException {
    try (InputStream in = EpwTest.class.getResourceAsStream(EpwSample.RESOURCE)) {
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(TEXT, shipped, "regenerate with EpwSample.main after a deliberate change");
      HourlyWeather sample =
          EpwReader.read(
              new InputStreamReader(
                  EpwTest.class.getResourceAsStream(EpwSample.RESOURCE), StandardCharsets.UTF_8),
              "sample");
      assertEquals(72, sample.hourCount());
    }
  }

  @Test
  void aMalformedNumberNamesFileLineAndField() {
    String[] lines = TEXT.split("\n");
    String[] fields = lines[11].split(",", -1);
    fields[6] = "warm";
    lines[11] = String.join(",", fields);
    EpwFormatException e =
        assertThrows(EpwFormatException.class, () -> read(String.join("\n", lines)));
    assertEquals(
        "test.epw line 12: field 7 (dry bulb temperature): 'warm' is not a number", e.getMessage());
    assertEquals(12, e.line());
    assertEquals("test.epw", e.file());
  }

  @Test
  void aShortLineNamesFileAndLine() {
    String[] lines = TEXT.split("\n");
    lines[20] = "2025,1,14,12,0";
    EpwFormatException e =
        assertThrows(EpwFormatException.class, () -> read(String.join("\n", lines)));
    assertEquals("test.epw line 21: expected 34 fields, found 5", e.getMessage());
  }

  @Test
  void aMissingHourIsAnError() {
    String[] lines = TEXT.split("\n");
    lines[15] = "";
    String text = String.join("\n", lines).replace("\n\n", "\n");
    EpwFormatException e = assertThrows(EpwFormatException.class, () -> read(text));
    assertTrue(
        e.getMessage().startsWith("test.epw line 16: fields 2-4: expected 1/14 hour 8"),
        e.getMessage());
  }

  @Test
  void aFileWithoutTheLocationHeaderIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.epw");
    Files.writeString(file, "hello\n");
    EpwFormatException e = assertThrows(EpwFormatException.class, () -> EpwReader.read(file));
    assertTrue(
        e.getMessage().startsWith(file + " line 1: expected the LOCATION header line"),
        e.getMessage());
  }

  @Test
  void missingSkyRadiationIsComputedFromDewPointAndCloud() throws IOException {
    String[] lines = TEXT.split("\n");
    for (int i = 8; i < lines.length; i++) {
      String[] fields = lines[i].split(",", -1);
      fields[12] = "9999";
      lines[i] = String.join(",", fields);
    }
    HourlyWeather back = read(String.join("\n", lines));
    for (int i = 0; i < back.hourCount(); i++) {
      // Sky cover is written in tenths, so the recomputed sky is close, not equal.
      assertEquals(
          WRITTEN.hour(i).skyTemperatureCelsius(), back.hour(i).skyTemperatureCelsius(), 1.5);
    }
  }
}
