package org.hortus.app.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.sim.ClimateCurves.Quantity;
import org.hortus.app.sim.WhatIfComparison.Monitor;
import org.hortus.app.sim.WhatIfComparison.Request;
import org.hortus.app.sim.WhatIfComparison.Result;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.weather.WeatherSource;
import org.hortus.model.whatif.KpiSummary;
import org.hortus.model.whatif.LoopStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A greenhouse of the demo park under two recipes on one weather, as the what-if page runs it. */
class WhatIfComparisonTest {

  private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

  private static Park park;
  private static Map<String, ClimateRecipe> recipes;
  private static Greenhouse tomatoHouse;
  private final ExecutorService fork = Executors.newSingleThreadExecutor();

  @BeforeAll
  static void readFiles() throws Exception {
    park = ShippedFiles.demoPark();
    recipes = ShippedFiles.sampleRecipes();
    tomatoHouse = park.greenhouse("GH-01").orElseThrow();
  }

  @AfterEach
  void stopFork() {
    fork.shutdownNow();
  }

  private static Request request(String candidateId, int days) {
    return new Request(park, tomatoHouse, recipes.get(candidateId),
        recipes.get(tomatoHouse.crop().recipeId()), FROM, days);
  }

  /** Records every progress report; never cancels unless told. */
  private static final class Recording implements Monitor {
    final List<Double> reports = Collections.synchronizedList(new ArrayList<>());
    final AtomicBoolean cancel = new AtomicBoolean();

    @Override
    public boolean cancelled() {
      return cancel.get();
    }

    @Override
    public void progress(double fractionDone) {
      reports.add(fractionDone);
    }
  }

  @Test
  void eachHalfEqualsTheCommandLinesWhatIfOnTheSameWeather() {
    Request request = request("cucumber-long", 2);
    Result result = WhatIfComparison.run(request, new Recording(), fork);

    WeatherSource cliWeather = RunWeather.synthetic(
        CompartmentFactory.weatherSite(park.name(), park.site()), FROM, FROM.plusDays(1), WhatIfComparison.SEED);
    List<LoopStep> candidateSteps = new ArrayList<>();
    KpiSummary candidate = WhatIfRun.run(park, tomatoHouse, request.candidate(), cliWeather, request.start(),
        Duration.ofDays(2), candidateSteps::add);
    KpiSummary active = WhatIfRun.run(park, tomatoHouse, request.active(), cliWeather, request.start(),
        Duration.ofDays(2), step -> {});

    assertEquals(candidate, result.candidate().kpi());
    assertEquals(active, result.active().kpi());
    assertNotEquals(result.candidate().kpi(), result.active().kpi(), "two recipes, one outcome?");
    assertEquals(48.0, result.candidate().kpi().simulatedHours(), 1e-9);

    var curves = result.candidate().curves();
    assertEquals(2 * 96, curves.size(), "a point every 15 min");
    assertEquals(request.start(), curves.time(0));
    assertEquals(request.start().plus(Duration.ofMinutes(15)), curves.time(1));
    double firstQuarterAir = candidateSteps.subList(0, 15).stream().mapToDouble(LoopStep::airTemperatureCelsius)
        .average().orElseThrow();
    assertEquals(firstQuarterAir, curves.value(Quantity.AIR_TEMPERATURE, 0), 1e-9);
    double lastQuarterCo2 = candidateSteps.subList(candidateSteps.size() - 15, candidateSteps.size()).stream()
        .mapToDouble(LoopStep::co2Ppm).average().orElseThrow();
    assertEquals(lastQuarterCo2, curves.value(Quantity.CO2, curves.size() - 1), 1e-9);
  }

  @Test
  void inTheCallersThreadAloneTheResultIsTheSame() {
    Request request = request("tomato-truss", 1);
    Result forked = WhatIfComparison.run(request, new Recording(), fork);
    Result alone = WhatIfComparison.run(request, new Recording(), Runnable::run);
    assertEquals(forked.candidate().kpi(), alone.candidate().kpi());
    assertEquals(forked.active().kpi(), alone.active().kpi());
    assertEquals(alone.candidate().kpi(), alone.active().kpi(), "the same recipe twice on the same weather");
  }

  @Test
  void progressRisesAsSimulatedTimePassesAndEndsAtOne() {
    Recording monitor = new Recording();
    WhatIfComparison.run(request("cucumber-long", 3), monitor, fork);
    List<Double> reports = List.copyOf(monitor.reports);
    assertTrue(reports.size() >= 2 * 72, "about one report per simulated hour of each run: " + reports.size());
    for (int i = 1; i < reports.size(); i++) {
      assertTrue(reports.get(i) > reports.get(i - 1), "fell or stood at " + i + ": " + reports);
    }
    assertTrue(reports.getFirst() > 0);
    assertEquals(1.0, reports.getLast());
  }

  @Test
  void cancellingAYearStopsBothHalvesPromptlyWithoutAResult() throws Exception {
    Recording monitor = new Recording();
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<Result> running = caller.submit(() -> WhatIfComparison.run(request("cucumber-long", 366), monitor, fork));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (monitor.reports.isEmpty() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertTrue(!monitor.reports.isEmpty(), "no progress within a minute");
      monitor.cancel.set(true);
      long cancelledAt = System.nanoTime();
      var thrown = assertThrows(java.util.concurrent.ExecutionException.class, () -> running.get(10, TimeUnit.SECONDS));
      assertTrue(thrown.getCause() instanceof CancellationException, String.valueOf(thrown.getCause()));
      double seconds = (System.nanoTime() - cancelledAt) / 1e9;
      assertTrue(seconds < 5, "took " + seconds + " s to stop");
      double last = monitor.reports.getLast();
      assertTrue(last < 0.5, "a year ran to " + last + " before the cancel took");
      // The forked half has stopped too: the fork thread is free at once.
      assertEquals("free", fork.submit(() -> "free").get(1, TimeUnit.SECONDS));
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  void aPeriodOutsideOneDayToAYearIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> request("tomato-truss", 0));
    assertThrows(IllegalArgumentException.class, () -> request("tomato-truss", 367));
  }
}
