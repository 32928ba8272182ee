package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.h2.api.ErrorCode;
import org.hortus.app.store.Database;
import org.hortus.app.store.DatabaseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hortus backup [--db URL] [--to FILE]}: a consistent copy of the database as a zip (H2's
 * {@code BACKUP TO}), by default {@code backups/hortus-<UTC time>.zip} beside the database, which
 * for the default database is in the user's data folder. Exit codes: 0 done, 1 failed, 2 usage.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = "Back up the database to a zip file; `hortus restore FILE` puts it back.")
public final class BackupCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the database (default: hortus in the user's data folder).")
  String databaseUrl;

  @Option(names = "--to", paramLabel = "FILE", description = "The zip to write (default: backups/hortus-<UTC time>.zip beside the database).")
  Path target;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String url = databaseUrl != null ? databaseUrl : Database.defaultUrl();
      Optional<Path> file = DatabaseBackup.databaseFile(url);
      if (file.isEmpty()) {
        err.println("backup works on a file database (jdbc:h2:file:…), not " + url);
        return 2;
      }
      if (!Files.isRegularFile(file.get())) {
        err.println("no database at " + file.get());
        return 1;
      }
      Path zip = target != null ? target.toAbsolutePath()
          : DatabaseBackup.newBackupFile(file.get().resolveSibling("backups"), file.get(), "backup", Instant.now());
      if (Files.exists(zip)) {
        err.println(zip + " exists already: name another file");
        return 1;
      }
      DatabaseBackup.backup(url, zip);
      out.printf("database %s backed up to %s (%s)%n", file.get(), zip, size(Files.size(zip)));
      return 0;
    } catch (SQLException e) {
      err.println(e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
          ? "the database is open in another program (a running Hortus console or runtime): stop it, then back up"
          : "backup failed: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("backup failed: " + e);
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static String size(long bytes) {
    return bytes < 1_000_000 ? String.format(Locale.ROOT, "%d kB", (bytes + 999) / 1000)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
