package org.hortus.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hortus.app.history.HistoryExport;
import org.hortus.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hortus history export}: a point's history as CSV. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Point history.",
    subcommands = HistoryCommand.Export.class)
public final class HistoryCommand {

  /** {@code hortus history export --point ID --from … --to … [--csv FILE] [--db URL]}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write a point's history as CSV (raw values, or minute rollups where raw ones expired).")
  public static final class Export implements Callable<Integer> {

    @Option(names = "--point", required = true, paramLabel = "ID", description = "Point id, e.g. GH-01.climate.AirTemperature.")
    String pointId;

    @Option(names = "--from", required = true, paramLabel = "TIME", description = "Start: an ISO instant (2026-11-30T06:00:00Z) or a local date (2026-11-30).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TIME", description = "End (exclusive), same forms.")
    String to;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write to this file (default: stdout).")
    Path csv;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL (default: hortus in the user's data folder).")
    String databaseUrl;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      var range = TimeRangeOptions.parse(from, to, err);
      if (range.isEmpty()) {
        return 2;
      }
      Instant start = range.get().from();
      Instant end = range.get().to();
      try (Database database = Database.open(databaseUrl != null ? databaseUrl : Database.defaultUrl())) {
        HistoryExport export = new HistoryExport(database);
        long rows;
        if (csv == null) {
          PrintWriter out = spec.commandLine().getOut();
          rows = export.export(pointId, start, end, out);
          out.flush();
        } else {
          try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            rows = export.export(pointId, start, end, out);
          }
        }
        err.println(rows + " rows of " + pointId);
        err.flush();
        return rows > 0 ? 0 : 1;
      } catch (SQLException e) {
        err.println("cannot read history: " + e.getMessage());
        err.flush();
        return 1;
      }
    }

  }
}
