package org.hortus.app.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.park.SitePark;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * The park a console runs: a site's park file, or the simulated demo park with its simulator.
 * {@link #start} blocks on sockets and the database (call it off the FX thread); {@link #close}
 * stops the headless park (flushing history) and then the simulator.
 */
public final class ConsolePark implements AutoCloseable {

  /** Which park to run. */
  public sealed interface Source {
    /** The simulated demo park shipped with Hortus. */
    record Demo() implements Source {}

    /** A park file, read in place: the imported copy in the data folder, or one given on the command line. */
    record File(Path file) implements Source {}

    /** What a start runs: the given file if any, else the imported park if there is one, else the demo. */
    static Source atStart(SitePark site, Optional<Path> given) {
      return given.<Source>map(File::new).orElseGet(() -> site.imported() ? new File(site.file()) : new Demo());
    }
  }

  /**
   * How to run it.
   *
   * @param demoParkPort the demo park's OPC UA port (0: any free port)
   * @param simulationSpeed the demo park's speed, times real time
   * @param databaseUrl the console's database
   * @param dataFolder the user's data folder (certificates, the imported park)
   * @param scanPeriod the control scan period
   */
  public record Settings(int demoParkPort, double simulationSpeed, String databaseUrl, Path dataFolder, Duration scanPeriod) {}

  private final HeadlessPark park;
  private final Optional<SimulatedPark> simulated;

  private ConsolePark(HeadlessPark park, Optional<SimulatedPark> simulated) {
    this.park = park;
    this.simulated = simulated;
  }

  /** Starts the park (and for the demo its simulator first); a failure leaves nothing running. */
  public static ConsolePark start(Source source, Settings settings) throws Exception {
    Map<String, ClimateRecipe> recipes = ShippedFiles.sampleRecipes();
    return switch (source) {
      case Source.Demo demo -> {
        SimulatedPark sim = SimulatedPark.start("127.0.0.1", settings.demoParkPort(), 0, settings.simulationSpeed());
        try {
          yield new ConsolePark(HeadlessPark.start(sim.park(), recipes, DemoParkBindings.of(sim),
              settings.databaseUrl(), settings.dataFolder(), settings.scanPeriod()), Optional.of(sim));
        } catch (Exception | Error e) {
          sim.close();
          throw e;
        }
      }
      case Source.File file -> {
        var read = SitePark.read(file.file(), recipes.keySet());
        yield new ConsolePark(HeadlessPark.start(read.park(), recipes, read.extension(),
            settings.databaseUrl(), settings.dataFolder(), settings.scanPeriod()), Optional.empty());
      }
    };
  }

  public HeadlessPark park() {
    return park;
  }

  /** The demo park's simulator; empty for a site's own park. */
  public Optional<SimulatedPark> simulated() {
    return simulated;
  }

  /** The park's name, from its file. */
  public String name() {
    return park.runtime().park().name();
  }

  @Override
  public void close() {
    park.close();
    simulated.ifPresent(SimulatedPark::close);
  }
}
