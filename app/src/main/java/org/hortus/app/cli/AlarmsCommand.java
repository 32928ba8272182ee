package org.hortus.app.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.hortus.app.alarm.AlarmStore;
import org.hortus.app.store.Database;
import org.hortus.model.alarm.AlarmKpis;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.alarm.AlarmTransition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hortus alarms list|report}: the alarm list and the ISA-18.2 / EEMUA 191 figures. */
@Command(name = "alarms", mixinStandardHelpOptions = true, description = "Alarms.",
    subcommands = {AlarmsCommand.ListAlarms.class, AlarmsCommand.Report.class, AlarmsAckCommand.class})
public final class AlarmsCommand {

  static String url(String databaseUrl) {
    return databaseUrl != null ? databaseUrl : Database.defaultUrl();
  }

  /** The alarms as last stored, by priority then time. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List alarms by priority and time.")
  public static final class ListAlarms implements Callable<Integer> {
    @Option(names = "--active", description = "Only alarms not back to normal.")
    boolean activeOnly;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL (default: the user's data folder).")
    String databaseUrl;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
      PrintWriter out = spec.commandLine().getOut();
      try (Database database = Database.open(url(databaseUrl))) {
        List<AlarmTransition> latest = new AlarmStore(database).latestPerAlarm();
        int shown = 0;
        for (AlarmTransition t : latest) {
          if (activeOnly && t.to() == AlarmState.NORMAL) {
            continue;
          }
          out.printf("%-8s %-24s %-28s %s  %s%n", t.priority(), t.to(), t.alarmId(), t.at(), t.message());
          shown++;
        }
        out.printf("%d alarm(s)%n", shown);
        out.flush();
        return 0;
      }
    }
  }

  /** The alarm-system figures over a period. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Alarms per 10 min, time in flood, chattering and standing alarms, priority mix (ISA-18.2 / EEMUA 191).")
  public static final class Report implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "TIME", description = "Start: ISO instant or local date.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TIME", description = "End (exclusive): ISO instant or local date.")
    String to;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL (default: the user's data folder).")
    String databaseUrl;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      var range = TimeRangeOptions.parse(from, to, err);
      if (range.isEmpty()) {
        return 2;
      }
      Instant start = range.get().from();
      Instant end = range.get().to();
      try (Database database = Database.open(url(databaseUrl))) {
        out.println(AlarmKpis.of(new AlarmStore(database).between(start, end), start, end).toText());
        out.flush();
        return 0;
      }
    }
  }
}
