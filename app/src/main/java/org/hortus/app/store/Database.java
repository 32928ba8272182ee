package org.hortus.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database: opened at a JDBC URL (default: a file in the user's data folder),
 * migrated by Flyway, shared through a small connection pool. {@link #close} shuts H2 down
 * cleanly.
 *
 * <p>Durability: the URL sets {@code WRITE_DELAY=0}, so a commit is on disk when it returns
 * (TECHNOTES: with the default 500 ms delay a killed process lost committed rows). History is
 * batched, so this costs it little.
 */
public final class Database implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private static final String MIGRATIONS = "classpath:db/migration";

  private final String url;
  private final JdbcConnectionPool pool;

  private Database(String url) {
    this.url = url;
    this.pool = JdbcConnectionPool.create(url, "hortus", "");
    this.pool.setMaxConnections(8);
  }

  /** The default URL: {@code hortus.mv.db} in the user's data folder. */
  public static String defaultUrl() {
    return fileUrl(DataFolder.forThisUser().resolve("hortus"));
  }

  /** A file database at {@code basePath} (H2 adds {@code .mv.db}). */
  public static String fileUrl(Path basePath) {
    return "jdbc:h2:file:" + basePath.toAbsolutePath() + ";WRITE_DELAY=0";
  }

  /**
   * Opens (creating if new) and migrates the database. For H2 it adds {@code
   * DB_CLOSE_ON_EXIT=FALSE}: otherwise H2's own shutdown hook closes the database before ours has
   * flushed the last history on SIGTERM.
   *
   * <p>An existing file database with migrations pending is first backed up beside itself ({@code
   * hortus.mv.db} → {@code hortus-before-v5-20261120-101500.zip}, UTC time). If a migration then
   * fails, the database is restored from that backup and a {@link DatabaseMigrationException}
   * says so, naming the backup and the cause.
   */
  public static Database open(String requestedUrl) {
    return open(requestedUrl, MIGRATIONS);
  }

  /** As {@link #open(String)} with other Flyway migration locations (tests add broken ones). */
  static Database open(String requestedUrl, String... migrationLocations) {
    String url = requestedUrl;
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    if (url.startsWith("jdbc:h2:") && !upper.contains("WRITE_DELAY")) {
      url = url + ";WRITE_DELAY=0";
    }
    if (url.startsWith("jdbc:h2:") && !upper.contains("DB_CLOSE_ON_EXIT")) {
      url = url + ";DB_CLOSE_ON_EXIT=FALSE";
    }
    Flyway flyway = Flyway.configure().dataSource(url, "hortus", "").locations(migrationLocations).load();
    Optional<Path> file = DatabaseBackup.databaseFile(url).filter(Files::isRegularFile);
    MigrationInfo[] pending = file.isPresent() ? flyway.info().pending() : new MigrationInfo[0];
    if (pending.length == 0) {
      flyway.migrate(); // a new database, or nothing to do but validate
      return new Database(url);
    }
    String target = pending[pending.length - 1].getVersion().getVersion();
    Path backup = backUpBeforeMigrating(url, file.get(), target);
    try {
      flyway.migrate();
    } catch (FlywayException e) {
      shutDownQuietly(url);
      try {
        DatabaseBackup.restore(backup, file.get());
      } catch (IOException | RuntimeException restoreFailed) {
        e.addSuppressed(restoreFailed);
        throw new DatabaseMigrationException(String.format(
            "The database migration to version %s failed, and restoring the backup failed too (%s)."
                + " Restore it by hand with: hortus restore %s%nWhy the migration failed: %s",
            target, restoreFailed.getMessage(), backup, e.getMessage()), e);
      }
      throw new DatabaseMigrationException(String.format(
          "The database migration to version %s failed; the database was restored from %s and is"
              + " as it was before.%nWhy the migration failed: %s",
          target, backup, e.getMessage()), e);
    }
    log.info("Database {} migrated to version {}; the backup taken before is {}", file.get(), target, backup);
    return new Database(url);
  }

  private static Path backUpBeforeMigrating(String url, Path file, String target) {
    Path zip = DatabaseBackup.newBackupFile(file.getParent(), file, "before-v" + target, Instant.now());
    try {
      return DatabaseBackup.backup(url, zip);
    } catch (SQLException | IOException e) {
      throw new DatabaseMigrationException(String.format(
          "Could not back up %s before migrating it to version %s, so it was not migrated: %s",
          file, target, e.getMessage()), e);
    }
  }

  /** Makes sure H2 has closed the file before it is replaced. */
  private static void shutDownQuietly(String url) {
    try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "hortus", "")) {
      c.createStatement().execute("SHUTDOWN");
    } catch (SQLException e) {
      // Not open, or too damaged to open: either way nothing holds the file.
    }
  }

  /** The schema version Flyway last applied successfully; empty before the first migration. */
  public Optional<String> schemaVersion() throws SQLException {
    try (Connection c = connection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  public String url() {
    return url;
  }

  @Override
  public void close() {
    try (Connection c = pool.getConnection()) {
      c.createStatement().execute("SHUTDOWN");
    } catch (SQLException e) {
      // Already closed or never opened: nothing left to flush.
    }
    pool.dispose();
  }
}
