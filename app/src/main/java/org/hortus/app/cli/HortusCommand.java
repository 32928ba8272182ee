package org.hortus.app.cli;

import java.util.concurrent.Callable;
import org.hortus.app.ui.ConsoleApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hortus}: with no subcommand, opens the console on the embedded demo park. */
@Command(
    name = "hortus",
    mixinStandardHelpOptions = true,
    version = "Hortus 0.1",
    description = "Operations console for smart-agriculture parks.",
    subcommands = {
      ConsoleCommand.class,
      SimServerCommand.class,
      RecipeCommand.class,
      SimulateCommand.class,
      RunCommand.class,
      HistoryCommand.class,
      DevicesCommand.class,
      AlarmsCommand.class,
      UsersCommand.class,
      AuditCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      DataCommand.class,
      SelfTestCommand.class
    })
public final class HortusCommand implements Callable<Integer> {

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
