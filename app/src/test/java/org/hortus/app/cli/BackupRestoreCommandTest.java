package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.Database;
import org.hortus.app.store.DurabilityChild;
import org.hortus.app.store.HeartbeatStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hortus backup} and {@code hortus restore} on a file database in a temporary folder. */
class BackupRestoreCommandTest {

  @TempDir Path folder;
  private String db;

  @BeforeEach
  void databaseWithOneOverride() throws SQLException {
    db = Database.fileUrl(folder.resolve("hortus"));
    execute("INSERT INTO manual_override (greenhouse_id, actuator, val, set_at, expires_at, set_by, reason)"
        + " VALUES ('GH-01', 'LEE_VENT', 37, 1, 2, 'li.wei', 'airing')");
  }

  @Test
  void aBackupInTheBackupsFolderIsRestoredAndTheReplacedDatabaseIsKept() throws Exception {
    CommandRun backup = CommandRun.of("backup", "--db", db);
    assertEquals(0, backup.exitCode(), backup.err());
    Path zip = single("hortus-backup-*.zip");
    assertTrue(backup.out().contains("backed up to " + zip), backup.out());

    execute("DELETE FROM manual_override");
    CommandRun restore = CommandRun.of("restore", zip.toString(), "--db", db);
    assertEquals(0, restore.exitCode(), restore.err());
    assertEquals(1, overrides());
    Path kept = single("hortus-before-restore-*.zip");
    assertTrue(restore.out().contains("kept in " + kept), restore.out());

    // The kept copy is the database as it was just before: without the override.
    assertEquals(0, CommandRun.of("restore", kept.toString(), "--db", db).exitCode());
    assertEquals(0, overrides());
  }

  @Test
  void backupWritesWhereToldAndNeverOverwrites() {
    Path zip = folder.resolve("site").resolve("nightly.zip");
    assertEquals(0, CommandRun.of("backup", "--db", db, "--to", zip.toString()).exitCode());
    assertTrue(Files.isRegularFile(zip));
    CommandRun again = CommandRun.of("backup", "--db", db, "--to", zip.toString());
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("exists already"), again.err());
  }

  @Test
  void backupOfAMissingDatabaseFailsWithoutCreatingOne() {
    Path missing = folder.resolve("elsewhere");
    CommandRun run = CommandRun.of("backup", "--db", Database.fileUrl(missing));
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no database at"), run.err());
    assertFalse(Files.exists(folder.resolve("elsewhere.mv.db")));
  }

  @Test
  void restoreIsRefusedWhileARuntimeHeartbeatIsFresh() throws Exception {
    assertEquals(0, CommandRun.of("backup", "--db", db).exitCode());
    Path zip = single("hortus-backup-*.zip");
    try (Database database = Database.open(db)) {
      new HeartbeatStore(database).beat(HeadlessPark.RUNTIME_ID, Instant.now());
      database.connection().createStatement().execute("DELETE FROM manual_override");
    }
    CommandRun run = CommandRun.of("restore", zip.toString(), "--db", db);
    assertEquals(UsersCommand.REFUSED, run.exitCode());
    assertTrue(run.err().contains("heartbeat"), run.err());
    assertEquals(0, overrides());
    assertEquals(List.of(), files("hortus-before-restore-*.zip"));
  }

  @Test
  void backupAndRestoreAreRefusedWhileAnotherProcessHasTheDatabaseOpen() throws Exception {
    assertEquals(0, CommandRun.of("backup", "--db", db).exitCode());
    Path zip = single("hortus-backup-*.zip");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DurabilityChild.class.getName(), db)
        .redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); !"ready".equals(line); line = lines.readLine()) {
        assertTrue(line != null, "the other process ended before it opened the database");
      }
      CommandRun backup = CommandRun.of("backup", "--db", db, "--to", folder.resolve("while-open.zip").toString());
      assertEquals(1, backup.exitCode());
      assertTrue(backup.err().contains("open in another program"), backup.err());
      CommandRun restore = CommandRun.of("restore", zip.toString(), "--db", db);
      assertEquals(UsersCommand.REFUSED, restore.exitCode());
      assertTrue(restore.err().contains("open in another program"), restore.err());
    } finally {
      other.destroyForcibly();
      assertTrue(other.waitFor(30, TimeUnit.SECONDS));
    }
  }

  @Test
  void aFileThatIsNoBackupIsRefusedAndTheDatabaseKept() throws Exception {
    Path notABackup = Files.writeString(folder.resolve("notes.zip"), "not a zip");
    CommandRun run = CommandRun.of("restore", notABackup.toString(), "--db", db);
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("holds no H2 database"), run.err());
    assertEquals(1, overrides());
  }

  private void execute(String sql) throws SQLException {
    try (Database database = Database.open(db); Connection c = database.connection()) {
      c.createStatement().execute(sql);
    }
  }

  private long overrides() throws SQLException {
    try (Database database = Database.open(db); Connection c = database.connection();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM manual_override")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Path single(String glob) throws Exception {
    List<Path> found = files(glob);
    assertEquals(1, found.size(), glob + ": " + found);
    return found.getFirst();
  }

  private List<Path> files(String glob) throws Exception {
    Path backups = folder.resolve("backups");
    if (!Files.isDirectory(backups)) {
      return List.of();
    }
    var matcher = backups.getFileSystem().getPathMatcher("glob:" + glob);
    try (Stream<Path> files = Files.list(backups)) {
      return files.filter(f -> matcher.matches(f.getFileName())).toList();
    }
  }
}
