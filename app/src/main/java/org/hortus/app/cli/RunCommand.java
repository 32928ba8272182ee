package org.hortus.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.park.PointMap;
import org.hortus.app.park.PointMapReader;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.DataFolder;
import org.hortus.app.store.Database;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Park;
import org.hortus.model.park.ParkReader;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hortus run --headless}: the park's control runtime and historian without a window,
 * until SIGTERM or Ctrl+C (then the last history is flushed and the database closed). With no
 * park file it runs the simulated demo park.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a park's control and history without a window until stopped (SIGTERM, Ctrl+C).")
public final class RunCommand implements Callable<Integer> {

  @Option(names = "--headless", required = true, description = "Run without the console window.")
  boolean headless;

  @Option(names = "--park", paramLabel = "FILE", description = "Park file with devices and points (default: the park imported at first run, else the simulated demo park).")
  Path parkFile;

  @Option(names = "--recipes", paramLabel = "DIR", description = "Folder of recipe files the park's crops name (default: the sample recipes).")
  Path recipeFolder;

  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL (default: hortus in the user's data folder).")
  String databaseUrl;

  @Option(names = "--speed", defaultValue = "1", description = "Demo park simulation speed, times real time (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(names = "--scan-ms", defaultValue = "1000", description = "Scan period in ms (default ${DEFAULT-VALUE}).")
  long scanMillis;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (scanMillis < 100 || scanMillis > 60_000) {
      err.println("--scan-ms must be 100–60000 ms, was " + scanMillis);
      err.flush();
      return 2;
    }
    Path dataFolder = DataFolder.forThisUser();
    Files.createDirectories(dataFolder);
    String url = databaseUrl != null ? databaseUrl : Database.defaultUrl();
    SimulatedPark simulated = null;
    Park park;
    PointMap pointMap;
    Map<String, ClimateRecipe> recipes;
    try {
      recipes = recipeFolder == null ? ShippedFiles.sampleRecipes() : readRecipes(recipeFolder);
      // Like the console: without --park, the park file the site imported at first run, if any.
      Path imported = new org.hortus.app.park.SitePark(dataFolder).file();
      if (parkFile == null && Files.isRegularFile(imported)) {
        parkFile = imported;
      }
      if (parkFile == null) {
        simulated = SimulatedPark.start("127.0.0.1", 0, 0, speed);
        park = simulated.park();
        pointMap = DemoParkBindings.of(simulated);
      } else {
        var read = ParkReader.read(parkFile.toString(), Files.readString(parkFile), recipes.keySet(), new PointMapReader());
        park = read.park();
        pointMap = read.extension();
      }
    } catch (InvalidFileException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
    HeadlessPark running = HeadlessPark.start(park, recipes, pointMap, url, dataFolder, Duration.ofMillis(scanMillis));
    CountDownLatch stopped = new CountDownLatch(1);
    SimulatedPark sim = simulated;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      if (sim != null) {
        sim.close();
      }
      stopped.countDown();
    }, "hortus-stop"));
    out.printf("Hortus running headless: %s, %d greenhouses, database %s%n", park.name(), park.greenhouses().size(), url);
    if (sim != null) {
      out.printf("Simulated park: OPC UA %s, Modbus TCP %s, %s× real time%n", sim.opcUaEndpoint(), sim.modbusAddress(), speed);
    }
    out.println("Stop with Ctrl+C or SIGTERM.");
    out.flush();
    stopped.await();
    return 0;
  }

  private static Map<String, ClimateRecipe> readRecipes(Path folder) throws IOException, InvalidFileException {
    Map<String, ClimateRecipe> recipes = new LinkedHashMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : files) {
        ClimateRecipe recipe = RecipeReader.read(file);
        recipes.put(recipe.id(), recipe);
      }
    }
    return recipes;
  }
}
