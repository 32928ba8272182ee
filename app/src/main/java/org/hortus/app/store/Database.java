package org.hortus.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

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
   */
  public static Database open(String requestedUrl) {
    String url = requestedUrl;
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    if (url.startsWith("jdbc:h2:") && !upper.contains("WRITE_DELAY")) {
      url = url + ";WRITE_DELAY=0";
    }
    if (url.startsWith("jdbc:h2:") && !upper.contains("DB_CLOSE_ON_EXIT")) {
      url = url + ";DB_CLOSE_ON_EXIT=FALSE";
    }
    Flyway.configure()
        .dataSource(url, "hortus", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new Database(url);
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
