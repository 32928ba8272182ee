package org.hortus.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.sim.OpenLoopRun;
import org.hortus.app.sim.RunSummary;
import org.hortus.app.sim.RunWeather;
import org.hortus.app.sim.SimulationCsv;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.ParkReader;
import org.hortus.model.park.Zone;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseSimulation;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.EpwFormatException;
import org.hortus.model.sim.weather.WeatherSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hortus simulate}: one greenhouse of a park through some days of weather with its actuators
 * held where the flags put them (open loop), as a CSV time series and a short summary. Exit codes:
 * 0 done, 1 a file could not be read or used, 2 a flag is wrong.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulate a greenhouse in 60-s steps, closed loop or open loop.",
      "Closed loop (--recipe FILE or --closed-loop): the live park's controllers drive the",
      "physics model from the recipe; prints a KPI summary per greenhouse (all houses of the",
      "park, in parallel, when --greenhouse is left out).",
      "Open loop (neither): actuators fixed by the flags; writes a CSV time series to --out or",
      "stdout and a summary to stderr."
    })
public final class SimulateCommand implements Callable<Integer> {

  @Option(names = "--park", paramLabel = "FILE", description = "Park file (default: demo park).")
  Path parkFile;

  @Option(
      names = "--greenhouse",
      paramLabel = "ID",
      description = "Greenhouse id, e.g. GH-01 (closed loop: default all).")
  String greenhouseId;

  @Option(
      names = "--recipe",
      paramLabel = "FILE",
      description = "Closed loop with this climate recipe (what-if before it goes live).")
  Path recipeFile;

  @Option(
      names = "--closed-loop",
      description = "Closed loop with each greenhouse's own recipe from the park.")
  boolean closedLoop;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First local day, e.g. 2026-01-01.")
  LocalDate from;

  @Option(names = "--days", defaultValue = "7", description = "Days to run (default 7).")
  int days;

  @Option(
      names = "--weather",
      paramLabel = "FILE.epw",
      description = "EPW weather file (default: synthetic weather, Jiangsu-coast normals).")
  Path weatherFile;

  @Option(names = "--seed", defaultValue = "42", description = "Synthetic weather seed (42).")
  long seed;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "CSV file (default: stdout).")
  Path outFile;

  @Option(
      names = "--interval",
      defaultValue = "10",
      paramLabel = "MIN",
      description = "Minutes between CSV rows (default 10).")
  int intervalMinutes;

  @Option(
      names = "--pipe",
      paramLabel = "°C",
      description = "Pipe supply temperature (default: heating off).")
  Double pipeSupplyCelsius;

  @Option(
      names = "--lee",
      defaultValue = "0",
      paramLabel = "%",
      description = "Lee vent opening (default 0).")
  double leePercent;

  @Option(
      names = "--windward",
      defaultValue = "0",
      paramLabel = "%",
      description = "Windward vent opening (default 0).")
  double windwardPercent;

  @Option(
      names = "--energy-screen",
      defaultValue = "0",
      paramLabel = "%",
      description = "Energy screen closure (default 0: open).")
  double energyScreenPercent;

  @Option(
      names = "--shade-screen",
      defaultValue = "0",
      paramLabel = "%",
      description = "Shade screen closure (default 0: open).")
  double shadeScreenPercent;

  @Option(
      names = "--co2",
      defaultValue = "0",
      paramLabel = "g/m²h",
      description = "CO2 dosing, up to the supply's capacity (default 0).")
  double co2GramsPerM2PerHour;

  @Option(
      names = "--irrigation",
      defaultValue = "0",
      paramLabel = "L/m²h",
      description = "Irrigation of every zone (default 0).")
  double irrigationLitresPerM2PerHour;

  @Spec CommandSpec spec;

  /** A problem that ends the run with an exit code and one message. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    Refused(int exitCode, String message) {
      super(message, null, false, false);
      this.exitCode = exitCode;
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      run(err);
      return 0;
    } catch (Refused e) {
      err.println(e.getMessage());
      return e.exitCode;
    } finally {
      err.flush();
    }
  }

  private void run(PrintWriter err) throws Refused {
    if (recipeFile != null || closedLoop) {
      range("--days", days, 1, 3660, "");
      new WhatIf(this, spec.commandLine().getOut(), err).run(park());
      return;
    }
    if (greenhouseId == null) {
      throw new Refused(2, "open loop needs --greenhouse ID (or use --recipe FILE / --closed-loop)");
    }
    range("--days", days, 1, 3660, "");
    range("--interval", intervalMinutes, 1, 1440, " min");
    Park park = park();
    Greenhouse house =
        park.greenhouse(greenhouseId)
            .orElseThrow(
                () ->
                    new Refused(
                        2,
                        "no greenhouse "
                            + greenhouseId
                            + " in "
                            + parkName()
                            + "; it has "
                            + String.join(
                                ", ", park.greenhouses().stream().map(Greenhouse::id).toList())));
    CompartmentParameters parameters;
    try {
      parameters = CompartmentFactory.compartment(house);
    } catch (IllegalArgumentException e) {
      throw new Refused(1, parkName() + ": " + e.getMessage());
    }
    GreenhouseActuators actuators = actuators(house);
    Instant start = from.atStartOfDay(park.site().zone()).toInstant();
    Duration length = Duration.ofDays(days);
    WeatherSource weather = weather(park, start, length);
    GreenhouseState state = GreenhouseState.initial(parameters, 18, 80, weather.at(start).co2Ppm());
    GreenhouseSimulation simulation =
        new GreenhouseSimulation(new GreenhouseModel(parameters), weather, state, start);
    Duration interval = Duration.ofMinutes(intervalMinutes);
    List<String> zoneIds = house.zones().stream().map(Zone::id).toList();
    RunSummary summary;
    try {
      if (outFile == null) {
        PrintWriter out = spec.commandLine().getOut(); // owned by the command line: not closed
        SimulationCsv csv = new SimulationCsv(out, park.site().zone(), zoneIds);
        summary = OpenLoopRun.run(simulation, actuators, length, interval, csv);
        out.flush();
      } else {
        try (Writer out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
          SimulationCsv csv = new SimulationCsv(out, park.site().zone(), zoneIds);
          summary = OpenLoopRun.run(simulation, actuators, length, interval, csv);
        }
      }
    } catch (IOException e) {
      throw new Refused(1, "cannot write " + (outFile == null ? "stdout" : outFile) + ": " + e);
    }
    err.printf(
        Locale.ROOT,
        "%s (%s), %s + %d days, %s%n",
        house.id(),
        house.name(),
        from,
        days,
        weatherDescription());
    err.printf(
        Locale.ROOT,
        "heating %.2f MJ/m², transpiration %.2f L/m²%n",
        summary.heatingMegajoulesPerM2(),
        summary.transpirationLitresPerM2());
    err.printf(
        Locale.ROOT,
        "air temperature min %.1f °C, mean %.1f °C, max %.1f °C%n",
        summary.minAirTemperatureCelsius(),
        summary.meanAirTemperatureCelsius(),
        summary.maxAirTemperatureCelsius());
  }

  Park park() throws Refused {
    try {
      if (parkFile == null) {
        return ShippedFiles.demoPark();
      }
      return ParkReader.read(parkFile, ShippedFiles.sampleRecipes().keySet());
    } catch (InvalidFileException e) {
      throw new Refused(1, e.getMessage());
    }
  }

  private String parkName() {
    return parkFile == null ? "the demo park" : parkFile.toString();
  }

  private GreenhouseActuators actuators(Greenhouse house) throws Refused {
    double maxSupply = house.heatingPipes().maxSupplyTemperatureCelsius();
    if (pipeSupplyCelsius != null) {
      range("--pipe", pipeSupplyCelsius, 0, maxSupply, " °C (" + house.id() + "'s highest supply)");
    }
    range("--lee", leePercent, 0, 100, " %");
    range("--windward", windwardPercent, 0, 100, " %");
    range("--energy-screen", energyScreenPercent, 0, 100, " %");
    range("--shade-screen", shadeScreenPercent, 0, 100, " %");
    range("--co2", co2GramsPerM2PerHour, 0, 1000, " g/(m²·h)");
    range("--irrigation", irrigationLitresPerM2PerHour, 0, 100, " L/(m²·h)");
    double[] irrigation = new double[house.zones().size()];
    Arrays.fill(irrigation, irrigationLitresPerM2PerHour);
    return new GreenhouseActuators(
        pipeSupplyCelsius == null ? GreenhouseActuators.HEATING_OFF_CELSIUS : pipeSupplyCelsius,
        leePercent,
        windwardPercent,
        energyScreenPercent,
        shadeScreenPercent,
        co2GramsPerM2PerHour,
        0,
        irrigation,
        false);
  }

  WeatherSource weather(Park park, Instant start, Duration length) throws Refused {
    if (weatherFile == null) {
      return RunWeather.synthetic(
          CompartmentFactory.weatherSite(park.name(), park.site()),
          from,
          from.plusDays(days - 1L),
          seed);
    }
    try {
      return RunWeather.epw(weatherFile, start, start.plus(length), park.site().zone());
    } catch (IOException e) {
      throw new Refused(1, weatherFile + ": cannot be read: " + e.getMessage());
    } catch (EpwFormatException | IllegalArgumentException e) {
      throw new Refused(1, e.getMessage());
    }
  }

  String weatherDescription() {
    return weatherFile == null
        ? "synthetic weather (Jiangsu-coast normals, seed " + seed + ")"
        : "weather from " + weatherFile;
  }

  private static void range(String option, double value, double min, double max, String unit)
      throws Refused {
    if (!(value >= min && value <= max)) {
      throw new Refused(
          2,
          String.format(
              Locale.ROOT,
              "%s must be %s–%s%s, was %s",
              option,
              plain(min),
              plain(max),
              unit,
              plain(value)));
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
