package org.hortus.app.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hortus.app.park.ShippedFiles;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.Flux;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseSimulation;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.OutsideConditions;
import org.hortus.model.sim.weather.SyntheticWeather;
import org.hortus.model.sim.weather.WeatherSite;

/**
 * Speed harness, not a test (surefire never runs it): a park of 50 greenhouses (the six demo houses
 * repeated, each copy with its own id and weather seed) through a year of 60-s steps with a crude
 * climate computer every 5 minutes, first on one thread (the baseline), then on a fixed pool of one
 * thread per core, one task per house. Prints the wall time of both, the speed-up and a check that
 * both gave the same end states. Weather is generated before the clock starts. How to run it:
 * README.md, "Speed".
 */
public final class ParkYearBench {

  static final int HOUSES = 50;
  static final int STEPS = 525_600;
  static final Duration STEP = Duration.ofSeconds(60);

  /** One house of the benchmark park with its own weather. */
  record House(
      String id,
      CompartmentParameters parameters,
      double maxSupplyCelsius,
      SyntheticWeather weather) {}

  public static void main(String[] args) throws Exception {
    int houses = args.length > 0 ? Integer.parseInt(args[0]) : HOUSES;
    int threads = Runtime.getRuntime().availableProcessors();
    List<House> park = park(houses);
    System.out.printf(
        Locale.ROOT, "%d greenhouses, %,d steps of 60 s each, %d cores%n", houses, STEPS, threads);

    simulate(park.getFirst(), STEPS / 12); // warm-up: a month, so the JIT has compiled the loop

    long t0 = System.nanoTime();
    double[] sequential = new double[houses];
    for (int i = 0; i < houses; i++) {
      sequential[i] = simulate(park.get(i), STEPS);
    }
    double sequentialSeconds = (System.nanoTime() - t0) / 1e9;

    long t1 = System.nanoTime();
    double[] parallel = new double[houses];
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<Double>> runs = new ArrayList<>();
      for (House house : park) {
        runs.add(pool.submit(() -> simulate(house, STEPS)));
      }
      for (int i = 0; i < houses; i++) {
        parallel[i] = runs.get(i).get();
      }
    }
    double parallelSeconds = (System.nanoTime() - t1) / 1e9;

    System.out.printf(
        Locale.ROOT,
        "sequential: %.1f s (%.0f ms per greenhouse-year)%n",
        sequentialSeconds,
        1000 * sequentialSeconds / houses);
    System.out.printf(Locale.ROOT, "parallel (%d threads): %.1f s%n", threads, parallelSeconds);
    System.out.printf(Locale.ROOT, "speed-up: %.2f×%n", sequentialSeconds / parallelSeconds);
    System.out.println(
        Arrays.equals(sequential, parallel)
            ? "end states: identical"
            : "end states: DIFFER (the model is not deterministic?)");
  }

  /** The six demo houses, repeated under new ids, each with a generated Binhai year of its own. */
  static List<House> park(int count) throws Exception {
    Park demo = ShippedFiles.demoPark();
    WeatherSite site = CompartmentFactory.weatherSite(demo.name(), demo.site());
    List<House> houses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Greenhouse g = demo.greenhouses().get(i % demo.greenhouses().size());
      houses.add(
          new House(
              String.format(Locale.ROOT, "GH-%03d", i + 1),
              CompartmentFactory.compartment(g),
              g.heatingPipes().maxSupplyTemperatureCelsius(),
              SyntheticWeather.year(site, ClimateNormals.jiangsuCoast(), 2026, 1000 + i)));
    }
    return houses;
  }

  /** Runs one house; returns its end air temperature plus its heat, so results can be compared. */
  static double simulate(House house, int steps) {
    CompartmentParameters p = house.parameters();
    GreenhouseState state = GreenhouseState.initial(p, 18, 80, 420);
    Instant start = house.weather().hourly().start();
    GreenhouseSimulation sim =
        new GreenhouseSimulation(new GreenhouseModel(p), house.weather(), state, start);
    int zones = p.zones().size();
    GreenhouseActuators actuators = GreenhouseActuators.allOff(zones);
    for (int i = 0; i < steps; i++) {
      if (i % 5 == 0) {
        actuators = control(state, sim.lastOutside(), zones, house.maxSupplyCelsius());
      }
      sim.advance(STEP, actuators);
    }
    return state.airTemperatureCelsius() + state.ledger().total(Flux.BOILER_TO_PIPES);
  }

  /**
   * The crude climate computer of greenhouse-model's {@code GreenhouseYearBenchmark}, with each
   * house's highest supply temperature.
   */
  static GreenhouseActuators control(
      GreenhouseState s, OutsideConditions o, int zones, double maxSupplyCelsius) {
    double air = s.airTemperatureCelsius();
    boolean day = o.globalRadiationWattsPerM2() > 5;
    double heating = day ? 19.5 : 18.5;
    double supply =
        Math.min(
            maxSupplyCelsius,
            Math.max(GreenhouseActuators.HEATING_OFF_CELSIUS, 45 + 25 * (heating - air)));
    double vent =
        Math.min(
            100, Math.max(0, (air - heating - 5) * 25 + (s.relativeHumidityPercent() - 87) * 2));
    double lee = o.windSpeedMetresPerSecond() > 12 ? 0 : vent;
    double screen = !day && o.temperatureCelsius() < 10 ? 100 : 0;
    double co2 = day && s.co2Ppm() < 1000 ? Math.max(0, 10 - vent / 5) : 0;
    double[] irrigation = new double[zones];
    for (int z = 0; z < zones; z++) {
      irrigation[z] = day && s.substrateWaterContentFraction(z) < 0.7 ? 2.0 : 0;
    }
    return new GreenhouseActuators(supply, lee, vent / 2, screen, 0, co2, 0, irrigation, false);
  }
}
