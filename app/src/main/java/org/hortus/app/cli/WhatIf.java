package org.hortus.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hortus.app.cli.SimulateCommand.Refused;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.sim.WhatIfRun;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;
import org.hortus.model.sim.weather.WeatherSource;
import org.hortus.model.whatif.KpiSummary;

/**
 * The closed-loop half of {@code hortus simulate}: each chosen greenhouse under its recipe (or
 * the one given), run in parallel across the cores, with a KPI summary per house.
 */
final class WhatIf {

  private final SimulateCommand options;
  private final PrintWriter out;
  private final PrintWriter err;

  WhatIf(SimulateCommand options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.out = out;
    this.err = err;
  }

  void run(Park park) throws Refused {
    List<Greenhouse> houses = houses(park);
    ClimateRecipe given = options.recipeFile == null ? null : readRecipe();
    Map<String, ClimateRecipe> own = sampleRecipes();
    Instant start = options.from.atStartOfDay(park.site().zone()).toInstant();
    Duration length = Duration.ofDays(options.days);
    WeatherSource weather = options.weather(park, start, length);
    long began = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<KpiSummary>> runs = houses.stream()
          .map(house -> pool.submit(() -> WhatIfRun.run(
              park, house, given != null ? given : own.get(house.crop().recipeId()), weather, start, length, step -> {})))
          .toList();
      out.printf(Locale.ROOT, "What-if from %s for %d days, %s, one-minute scans%n", options.from, options.days, options.weatherDescription());
      for (int i = 0; i < houses.size(); i++) {
        Greenhouse house = houses.get(i);
        ClimateRecipe recipe = given != null ? given : own.get(house.crop().recipeId());
        print(house, recipe, runs.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused(1, "interrupted");
    } catch (ExecutionException e) {
      throw new Refused(1, "the simulation failed: " + e.getCause().getMessage());
    } finally {
      pool.shutdownNow();
    }
    out.printf(Locale.ROOT, "%d greenhouse(s) in %.1f s%n", houses.size(), (System.nanoTime() - began) / 1e9);
    out.flush();
  }

  private void print(Greenhouse house, ClimateRecipe recipe, KpiSummary kpi) {
    out.printf(Locale.ROOT, "%n%s %s — recipe %s v%d%n", house.id(), house.name(), recipe.id(), recipe.version());
    out.printf(Locale.ROOT, "  heating %.1f MJ/m², water %.1f L/m², CO2 %.2f kg/m²%n",
        kpi.heatingMegajoulesPerM2(), kpi.waterLitresPerM2(), kpi.co2KgPerM2());
    out.printf(Locale.ROOT,
        "  hours out of band: air >1 K below heating %.1f, >2 K above ventilation %.1f, above RH limit %.1f, CO2 >50 ppm under target %.1f (of %.0f h)%n",
        kpi.hoursBelowHeating(), kpi.hoursAboveVentilation(), kpi.hoursTooHumid(), kpi.hoursCo2BelowTarget(), kpi.simulatedHours());
    out.printf(Locale.ROOT, "  interlock events: %d%n", kpi.interlockEvents().size());
    kpi.interlockEvents().stream().limit(5).forEach(event -> out.println("    " + event));
    if (kpi.interlockEvents().size() > 5) {
      out.printf(Locale.ROOT, "    … and %d more%n", kpi.interlockEvents().size() - 5);
    }
  }

  private List<Greenhouse> houses(Park park) throws Refused {
    if (options.greenhouseId == null) {
      return park.greenhouses();
    }
    return List.of(park.greenhouse(options.greenhouseId).orElseThrow(() -> new Refused(2,
        "no greenhouse " + options.greenhouseId + " in the park; it has "
            + String.join(", ", park.greenhouses().stream().map(Greenhouse::id).toList()))));
  }

  private ClimateRecipe readRecipe() throws Refused {
    try {
      return RecipeReader.read(options.recipeFile);
    } catch (InvalidFileException e) {
      throw new Refused(1, e.getMessage());
    }
  }

  private static Map<String, ClimateRecipe> sampleRecipes() throws Refused {
    try {
      return ShippedFiles.sampleRecipes();
    } catch (InvalidFileException e) {
      throw new Refused(1, e.getMessage());
    }
  }
}
