package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.h2.api.ErrorCode;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.Database;
import org.hortus.app.store.DatabaseBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hortus restore FILE [--db URL]}: puts a backup zip back as the database. Refuses while
 * the database is open elsewhere or a runtime's heartbeat is fresh; zips the current database
 * into {@code backups/} beside it before replacing it. An older backup is migrated to this
 * version's schema the next time Hortus opens it (with a backup of its own first). Exit codes: 0
 * done, 1 failed, 2 usage, 3 refused.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Replace the database with a backup zip (stop the console and runtime first).")
public final class RestoreCommand implements Callable<Integer> {

  /** A heartbeat younger than this means a runtime is (or was just now) running. */
  static final Duration FRESH_HEARTBEAT = Duration.ofSeconds(10);

  @Parameters(paramLabel = "FILE", description = "The backup zip (from hortus backup, or hortus-before-v…zip).")
  Path backup;

  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the database (default: hortus in the user's data folder).")
  String databaseUrl;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String url = databaseUrl != null ? databaseUrl : Database.defaultUrl();
      Optional<Path> file = DatabaseBackup.databaseFile(url);
      if (file.isEmpty()) {
        err.println("restore works on a file database (jdbc:h2:file:…), not " + url);
        return 2;
      }
      if (!Files.isRegularFile(backup)) {
        err.println("no backup file " + backup);
        return 1;
      }
      Optional<String> kept = Optional.empty();
      if (Files.isRegularFile(file.get())) {
        Optional<String> refusal = whyNotNow(url, err);
        if (refusal.isPresent()) {
          err.println("restore refused: " + refusal.get());
          return UsersCommand.REFUSED;
        }
        Path copy = DatabaseBackup.newBackupFile(file.get().resolveSibling("backups"), file.get(), "before-restore", Instant.now());
        kept = Optional.of(DatabaseBackup.zipClosed(file.get(), copy).toString());
      }
      DatabaseBackup.restore(backup, file.get());
      out.printf("database %s restored from %s%n", file.get(), backup);
      kept.ifPresent(copy -> out.printf("the database it replaced is kept in %s%n", copy));
      return 0;
    } catch (Exception e) {
      err.println("restore failed: " + e.getMessage());
      return 1;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Why the current database must not be replaced now, if it must not. */
  private static Optional<String> whyNotNow(String url, PrintWriter err) {
    try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "hortus", "");
        PreparedStatement select = c.prepareStatement("SELECT beat_at FROM heartbeat WHERE runtime_id = ?")) {
      select.setString(1, HeadlessPark.RUNTIME_ID);
      try (ResultSet rs = select.executeQuery()) {
        if (rs.next()) {
          Duration age = Duration.between(Instant.ofEpochMilli(rs.getLong(1)), Instant.now());
          if (age.abs().compareTo(FRESH_HEARTBEAT) < 0) {
            return Optional.of("a Hortus runtime wrote its heartbeat " + age.toSeconds()
                + " s ago: stop it (and wait " + FRESH_HEARTBEAT.toSeconds() + " s), then restore");
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        return Optional.of("the database is open in another program (a running Hortus console or runtime): stop it first");
      }
      // A damaged database is a reason to restore, not to refuse: say so and carry on.
      err.println("the current database could not be read (" + e.getMessage().lines().findFirst().orElse("")
          + "); restoring over it, a copy is kept");
      return Optional.empty();
    }
  }
}
