package org.hortus.app.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.weather.WeatherSource;
import org.hortus.model.whatif.ClosedLoopSimulation;
import org.hortus.model.whatif.KpiSummary;

/**
 * A what-if comparison: one greenhouse of a park under a candidate recipe and under the recipe it
 * runs now, each closed loop ({@link WhatIfRun}) on the same weather for the same period. The
 * weather is {@code hortus simulate}'s default (synthetic, Jiangsu-coast normals, seed {@value
 * #SEED}), so the command line gives the same numbers.
 *
 * <p>Threads: {@link #run} blocks its caller, which runs the active recipe while the candidate runs
 * on the {@code fork} executor; both call the monitor. It stops within a simulated hour of the
 * monitor saying cancelled, and waits for the forked half to stop before it returns or throws.
 */
public final class WhatIfComparison {

  /** The seed of the synthetic weather: {@code hortus simulate}'s default. */
  public static final long SEED = 42;

  /** The longest period a comparison may cover. */
  public static final int MAX_DAYS = 366;

  /** The resolution of the recorded curves. */
  public static final Duration CURVE_INTERVAL = Duration.ofMinutes(15);

  /** How much simulated time passes between two looks at the monitor. */
  public static final Duration CHECK_EVERY = Duration.ofHours(1);

  /**
   * What to compare.
   *
   * @param house a greenhouse of {@code park}
   * @param candidate the recipe tried
   * @param active the recipe the house runs now
   * @param from the first local day
   * @param days how many days, 1 to {@value #MAX_DAYS}
   */
  public record Request(
      Park park, Greenhouse house, ClimateRecipe candidate, ClimateRecipe active, LocalDate from, int days) {
    public Request {
      if (days < 1 || days > MAX_DAYS) {
        throw new IllegalArgumentException("days must be 1–" + MAX_DAYS + ", was " + days);
      }
      if (park.greenhouse(house.id()).isEmpty()) {
        throw new IllegalArgumentException("no greenhouse " + house.id() + " in " + park.name());
      }
    }

    /** The local midnight the period starts at. */
    public Instant start() {
      return from.atStartOfDay(park.site().zone()).toInstant();
    }

    public Duration length() {
      return Duration.ofDays(days);
    }
  }

  /** One recipe's run: what it cost and held, and its climate. */
  public record RecipeRun(ClimateRecipe recipe, KpiSummary kpi, ClimateCurves curves) {}

  /** Both runs of a finished comparison. */
  public record Result(Request request, RecipeRun candidate, RecipeRun active) {}

  /** What the runs ask of their caller; called from two threads. */
  public interface Monitor {
    boolean cancelled();

    /** The fraction of the simulated time of both runs done, 0 to 1, never decreasing. */
    void progress(double fractionDone);
  }

  private WhatIfComparison() {}

  /** The weather both runs share. */
  public static WeatherSource weather(Request request) {
    return RunWeather.synthetic(
        CompartmentFactory.weatherSite(request.park().name(), request.park().site()),
        request.from(),
        request.from().plusDays(request.days() - 1L),
        SEED);
  }

  /**
   * Runs both recipes.
   *
   * @param fork runs the candidate's half ({@code Runnable::run} runs both in the caller's thread)
   * @throws CancellationException when the monitor said cancelled: there is no result
   */
  public static Result run(Request request, Monitor monitor, Executor fork) {
    WeatherSource weather = weather(request);
    Progress progress = new Progress(monitor, 2.0 * request.length().toSeconds());
    AtomicBoolean failed = new AtomicBoolean();
    BooleanSupplier stop = () -> failed.get() || monitor.cancelled();
    CompletableFuture<RecipeRun> candidate =
        CompletableFuture.supplyAsync(() -> simulate(request, request.candidate(), weather, stop, progress), fork);
    candidate.whenComplete((run, failure) -> {
      if (failure != null) {
        failed.set(true); // the active half stops too
      }
    });
    RecipeRun active;
    try {
      active = simulate(request, request.active(), weather, stop, progress);
    } catch (RuntimeException e) {
      failed.set(true);
      try {
        joined(candidate); // let the forked half stop before giving up
      } catch (RuntimeException other) {
        if (e instanceof CancellationException && !(other instanceof CancellationException)) {
          throw other; // the candidate failed first and stopped this half
        }
      }
      throw e;
    }
    RecipeRun candidateRun = joined(candidate);
    progress.finished();
    return new Result(request, candidateRun, active);
  }

  private static RecipeRun joined(CompletableFuture<RecipeRun> half) {
    try {
      return half.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static RecipeRun simulate(
      Request request, ClimateRecipe recipe, WeatherSource weather, BooleanSupplier stop, Progress progress) {
    Instant start = request.start();
    ClosedLoopSimulation loop = WhatIfRun.prepare(request.park(), request.house(), recipe, weather, start);
    int intervals = (int) request.length().dividedBy(CURVE_INTERVAL);
    ClimateCurves.Recorder curves = new ClimateCurves.Recorder(start, CURVE_INTERVAL, intervals);
    Instant end = start.plus(request.length());
    while (loop.time().isBefore(end)) {
      if (stop.getAsBoolean()) {
        throw new CancellationException("what-if of " + recipe.id() + " cancelled");
      }
      Instant before = loop.time();
      Duration chunk = CHECK_EVERY.compareTo(Duration.between(before, end)) < 0 ? CHECK_EVERY : Duration.between(before, end);
      loop.run(chunk, WhatIfRun.SCAN, curves);
      progress.add(Duration.between(before, loop.time()).toSeconds());
    }
    return new RecipeRun(recipe, loop.summary(), curves.finish());
  }

  /** Adds up the simulated seconds of both runs and reports each rise, in order. */
  private static final class Progress {
    private final Monitor monitor;
    private final double totalSeconds;
    private double doneSeconds;
    private double reported;

    Progress(Monitor monitor, double totalSeconds) {
      this.monitor = monitor;
      this.totalSeconds = totalSeconds;
    }

    synchronized void add(double seconds) {
      doneSeconds += seconds;
      report(Math.min(1, doneSeconds / totalSeconds));
    }

    synchronized void finished() {
      report(1);
    }

    private void report(double fraction) {
      if (fraction > reported) {
        reported = fraction;
        monitor.progress(fraction);
      }
    }
  }
}
