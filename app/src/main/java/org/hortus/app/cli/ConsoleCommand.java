package org.hortus.app.cli;

import java.util.concurrent.Callable;
import org.hortus.app.ui.ConsoleApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hortus console}: the control-room window on the embedded demo park. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Open the console on the embedded demo park (the default).")
public final class ConsoleCommand implements Callable<Integer> {

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "Demo park simulation speed, times real time (default ${DEFAULT-VALUE}).")
  double speed;

  @Override
  public Integer call() {
    ConsoleApplication.launchWith(new ConsoleApplication.Options(0, speed));
    return 0;
  }
}
