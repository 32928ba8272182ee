package org.hortus.model.sim.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseSimulation;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.OutsideConditions;
import org.hortus.model.sim.weather.SyntheticWeather;
import org.hortus.model.sim.weather.WeatherSite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One Venlo tomato compartment through a generated De Bilt year in 60-s control steps (525,600
 * steps), driven by a small rule-based climate computer (heating, vents, screen, CO2, irrigation),
 * against two baselines over the same steps: an empty loop and the weather sampling alone. Not a
 * test: surefire never runs it. How to run it is in {@code docs/physics.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class GreenhouseYearBenchmark {

  static final int STEPS = 525_600;
  static final Duration STEP = Duration.ofSeconds(60);

  private SyntheticWeather weather;
  private Instant start;
  private CompartmentParameters parameters;

  @Setup
  public void generateWeather() {
    weather = SyntheticWeather.year(WeatherSite.deBilt(), ClimateNormals.netherlands(), 2025, 42);
    start = weather.hourly().start();
    parameters = CompartmentParameters.venloTomato();
  }

  /** The figure to read: the year of physics, weather sampling and control included. */
  @Benchmark
  public double yearOfSixtySecondSteps() {
    GreenhouseModel model = new GreenhouseModel(parameters);
    GreenhouseState state = GreenhouseState.initial(parameters, 18, 80, 420);
    GreenhouseSimulation sim = new GreenhouseSimulation(model, weather, state, start);
    int zones = parameters.zones().size();
    GreenhouseActuators actuators = GreenhouseActuators.allOff(zones);
    for (int i = 0; i < STEPS; i++) {
      if (i % 5 == 0) {
        actuators = control(state, sim.lastOutside(), zones);
      }
      sim.advance(STEP, actuators);
    }
    return state.airTemperatureCelsius() + state.ledger().seconds();
  }

  /** Baseline: the weather alone, sampled at the same instants. */
  @Benchmark
  public void weatherSamplingOnly(Blackhole sink) {
    Instant t = start;
    for (int i = 0; i < STEPS; i++) {
      sink.consume(weather.at(t.plusSeconds(30)));
      t = t.plusSeconds(60);
    }
  }

  /** Baseline: the loop and the clock, nothing else. */
  @Benchmark
  public void emptyLoop(Blackhole sink) {
    Instant t = start;
    for (int i = 0; i < STEPS; i++) {
      sink.consume(t);
      t = t.plus(STEP);
    }
  }

  /** A crude climate computer, run every 5 minutes as a real one would run its slower loops. */
  static GreenhouseActuators control(GreenhouseState s, OutsideConditions o, int zones) {
    double air = s.airTemperatureCelsius();
    boolean day = o.globalRadiationWattsPerM2() > 5;
    double heating = day ? 19.5 : 18.5;
    double supply =
        Math.min(90, Math.max(GreenhouseActuators.HEATING_OFF_CELSIUS, 45 + 25 * (heating - air)));
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
