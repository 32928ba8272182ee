package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.park.SitePark;
import org.hortus.app.ui.ConsoleApplication;
import org.hortus.model.file.InvalidFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hortus console}: the control-room window on the site's imported park file, or the
 * embedded demo park when none was imported; {@code --park FILE} runs a park file in place
 * without importing it.
 */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Open the console on the site's imported park, else the embedded demo park (the default).")
public final class ConsoleCommand implements Callable<Integer> {

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "Demo park simulation speed, times real time (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--park",
      paramLabel = "FILE",
      description = "Run this park file in place, without importing it into the data folder.")
  Path parkFile;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (parkFile != null) {
      try {
        SitePark.check(parkFile, ShippedFiles.sampleRecipes().keySet());
      } catch (InvalidFileException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(e.getMessage());
        err.flush();
        return 1;
      }
    }
    ConsoleApplication.launchWith(
        new ConsoleApplication.Options(0, speed, Optional.empty(), Optional.ofNullable(parkFile)));
    return 0;
  }
}
