package org.hortus.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrading a database built by an older Hortus: backup first, migrate, restore on failure. */
class DatabaseMigrationTest {

  @TempDir Path folder;
  private String url;

  /** A database as Hortus left it at schema version 2, with history and an override in it. */
  @BeforeEach
  void databaseAtSchemaVersionTwo() throws SQLException {
    url = Database.fileUrl(folder.resolve("hortus"));
    Flyway.configure().dataSource(url, "hortus", "").locations("classpath:db/migration").target("2").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "hortus", "")) {
      c.createStatement().execute("INSERT INTO series (point_id) VALUES ('GH-01.climate.AirTemperature')");
      c.createStatement().execute("INSERT INTO sample VALUES (1, 1000, 18.5, 0), (1, 2000, 18.7, 0)");
      c.createStatement().execute("INSERT INTO manual_override (greenhouse_id, actuator, val, set_at, expires_at, set_by, reason)"
          + " VALUES ('GH-01', 'LEE_VENT', 37, 1, 2, 'li.wei', 'airing')");
    }
  }

  @Test
  void anOlderDatabaseIsBackedUpThenMigratedToTheLatestSchemaKeepingItsRows() throws Exception {
    try (Database db = Database.open(url)) {
      assertEquals(latestShippedVersion(), db.schemaVersion().orElseThrow());
      try (Connection c = db.connection()) {
        assertEquals(2, count(c, "sample"));
        assertEquals(1, count(c, "manual_override"));
        assertEquals(0, count(c, "users")); // a V3 table, there now
      }
    }
    List<Path> backups = backups();
    assertEquals(1, backups.size(), backups.toString());
    assertTrue(backups.getFirst().getFileName().toString().startsWith("hortus-before-v" + latestShippedVersion() + "-"),
        backups.toString());
    // The backup holds the database as it was: version 2, same rows.
    Path restored = folder.resolve("restored.mv.db");
    DatabaseBackup.restore(backups.getFirst(), restored);
    try (Connection c = DriverManager.getConnection(Database.fileUrl(folder.resolve("restored")), "hortus", "")) {
      assertEquals("2", schemaVersion(c));
      assertEquals(2, count(c, "sample"));
    }
  }

  @Test
  void anUpToDateDatabaseOpensWithoutAnotherBackup() throws Exception {
    Database.open(url).close();
    Database.open(url).close();
    assertEquals(1, backups().size());
  }

  @Test
  void aFailedMigrationRestoresTheBackupAndSaysSo() throws Exception {
    DatabaseMigrationException failure = assertThrows(DatabaseMigrationException.class,
        () -> Database.open(url, "classpath:db/migration", "classpath:db/broken-migration").close());

    Path backup = backups().getFirst();
    assertTrue(failure.getMessage().contains("migration to version 900 failed"), failure.getMessage());
    assertTrue(failure.getMessage().contains("restored from " + backup), failure.getMessage());
    assertTrue(failure.getMessage().contains("no_such_table".toUpperCase()), failure.getMessage());
    try (Connection c = DriverManager.getConnection(url, "hortus", "")) {
      assertEquals("2", schemaVersion(c));
      assertEquals(2, count(c, "sample"));
      assertEquals(1, count(c, "manual_override"));
      assertFalse(tableExists(c, "HALF_DONE"));
      assertFalse(tableExists(c, "USERS"));
    }
    // The shipped migrations still apply afterwards.
    try (Database db = Database.open(url)) {
      assertEquals(latestShippedVersion(), db.schemaVersion().orElseThrow());
    }
  }

  @Test
  void aNewDatabaseIsCreatedWithoutABackup() throws Exception {
    try (Database db = Database.open(Database.fileUrl(folder.resolve("new")))) {
      assertEquals(latestShippedVersion(), db.schemaVersion().orElseThrow());
    }
    assertEquals(List.of(), backups());
  }

  @Test
  void theDatabaseFileIsFoundFromItsUrl() {
    assertEquals(folder.resolve("hortus.mv.db").toAbsolutePath(), DatabaseBackup.databaseFile(url).orElseThrow());
    assertEquals(Path.of("/d/x.mv.db"), DatabaseBackup.databaseFile("jdbc:h2:/d/x;AUTO_SERVER=TRUE").orElseThrow());
    assertTrue(DatabaseBackup.databaseFile("jdbc:h2:mem:test").isEmpty());
    assertTrue(DatabaseBackup.databaseFile("jdbc:h2:tcp://localhost/~/x").isEmpty());
  }

  private List<Path> backups() throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().matches("hortus-before-v.*\\.zip")).sorted().toList();
    }
  }

  /** The highest V<n>__ file under db/migration (another engineer may have added one). */
  private static String latestShippedVersion() {
    var all = Flyway.configure().locations("classpath:db/migration").dataSource("jdbc:h2:mem:versions", "sa", "").load()
        .info().all();
    return all[all.length - 1].getVersion().getVersion();
  }

  private static String schemaVersion(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(
        "SELECT MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", table, null)) {
      return rs.next();
    }
  }
}
