package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.EpwWriter;
import org.hortus.model.sim.weather.HourlyWeather;
import org.hortus.model.sim.weather.SyntheticWeather;
import org.hortus.model.sim.weather.WeatherSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir Path folder;

  @Test
  void writesAHeaderWithUnitsAndOneRowPerTenMinutes() {
    CommandRun run =
        CommandRun.of("simulate", "--greenhouse", "GH-01", "--from", "2026-01-01", "--days", "1");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(1 + 144, lines.size());
    assertEquals(
        "time,outside temperature [°C],outside RH [%],global radiation [W/m²],wind speed [m/s],"
            + "air temperature [°C],RH [%],VPD [kPa],CO2 [ppm],pipe temperature [°C],"
            + "cover temperature [°C],heating [W/m²],transpiration [g/(m²·h)],"
            + "GH-01.Z1 water content [%],GH-01.Z2 water content [%]",
        lines.get(0));
    assertTrue(lines.get(1).startsWith("2026-01-01T00:10:00+08:00,"), lines.get(1));
    assertTrue(lines.get(144).startsWith("2026-01-02T00:00:00+08:00,"), lines.get(144));
    assertEquals(15, lines.get(144).split(",").length);
    assertTrue(run.err().contains("heating 0.00 MJ/m²"), run.err());
    assertTrue(run.err().contains("air temperature min "), run.err());
  }

  @Test
  void anUnknownGreenhouseIsNamedWithTheParksOwn() {
    CommandRun run = CommandRun.of("simulate", "--greenhouse", "GH-99", "--from", "2026-01-01");
    assertEquals(2, run.exitCode());
    assertEquals(
        "no greenhouse GH-99 in the demo park; it has GH-01, GH-02, GH-03, GH-04, GH-05, GH-06",
        run.err().strip());
    assertEquals("", run.out());
  }

  @Test
  void aRunOfNoDaysIsRefused() {
    CommandRun run =
        CommandRun.of("simulate", "--greenhouse", "GH-01", "--from", "2026-01-01", "--days", "0");
    assertEquals(2, run.exitCode());
    assertEquals("--days must be 1–3660, was 0", run.err().strip());
  }

  @Test
  void aVentOpeningAboveAHundredIsRefused() {
    CommandRun run =
        CommandRun.of("simulate", "--greenhouse", "GH-01", "--from", "2026-01-01", "--lee", "120");
    assertEquals(2, run.exitCode());
    assertEquals("--lee must be 0–100 %, was 120", run.err().strip());
  }

  @Test
  void openingTheVentsLowersTheMeanAirTemperatureOnTheSameWeather() throws IOException {
    double closed = meanAirTemperature(simulateSummerDay("closed.csv"));
    double open =
        meanAirTemperature(simulateSummerDay("open.csv", "--lee", "100", "--windward", "50"));
    assertTrue(open < closed - 3, "open " + open + " °C, closed " + closed + " °C");
  }

  @Test
  void runsOnAnEpwFileAndNamesItsBadLine() throws IOException {
    Path epw = folder.resolve("binhai.epw");
    EpwWriter.write(januaryDays(), epw);
    CommandRun good =
        CommandRun.of(
            "simulate",
            "--greenhouse",
            "GH-05",
            "--from",
            "2026-01-02",
            "--days",
            "1",
            "--weather",
            epw.toString(),
            "--pipe",
            "60");
    assertEquals(0, good.exitCode(), good.err());
    assertEquals(1 + 144, good.out().lines().count());
    assertTrue(good.err().contains("weather from " + epw), good.err());

    List<String> lines = Files.readAllLines(epw);
    String[] fields = lines.get(11).split(",", -1);
    fields[6] = "warm";
    lines.set(11, String.join(",", fields));
    Files.write(epw, lines);
    CommandRun bad =
        CommandRun.of(
            "simulate",
            "--greenhouse",
            "GH-05",
            "--from",
            "2026-01-02",
            "--days",
            "1",
            "--weather",
            epw.toString());
    assertEquals(1, bad.exitCode());
    assertEquals(
        epw + " line 12: field 7 (dry bulb temperature): 'warm' is not a number",
        bad.err().strip());
  }

  @Test
  void aRunOutsideTheEpwFileIsRefusedWithItsPeriod() throws IOException {
    Path epw = folder.resolve("binhai.epw");
    EpwWriter.write(januaryDays(), epw);
    CommandRun run =
        CommandRun.of(
            "simulate",
            "--greenhouse",
            "GH-01",
            "--from",
            "2026-01-03",
            "--days",
            "2",
            "--weather",
            epw.toString());
    assertEquals(1, run.exitCode());
    assertEquals(
        epw
            + " covers 2026-01-01T01:00 to 2026-01-04T00:00;"
            + " the run from 2026-01-03T00:00 to 2026-01-05T00:00 is not inside it",
        run.err().strip());
  }

  /** 01:00 of 1 January to 24:00 of 3 January 2026 at Binhai, as an EPW file holds them. */
  private static HourlyWeather januaryDays() {
    WeatherSite binhai = new WeatherSite("Binhai", 34.0, 119.8, ZoneId.of("Asia/Shanghai"), 3);
    HourlyWeather days =
        SyntheticWeather.generate(
                binhai,
                ClimateNormals.jiangsuCoast(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 3),
                7)
            .hourly();
    return days.slice(1, days.hourCount());
  }

  private Path simulateSummerDay(String name, String... actuators) {
    Path csv = folder.resolve(name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "simulate",
                "--greenhouse",
                "GH-01",
                "--from",
                "2026-07-10",
                "--days",
                "1",
                "--out",
                csv.toString()));
    args.addAll(List.of(actuators));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    return csv;
  }

  private static double meanAirTemperature(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    int column = List.of(lines.get(0).split(",")).indexOf("air temperature [°C]");
    return lines.stream()
        .skip(1)
        .mapToDouble(l -> Double.parseDouble(l.split(",")[column]))
        .average()
        .orElseThrow();
  }
}
