package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hortus alarms ack}: role-checked in the service, audited, queued for the engine. */
class AlarmsAckCommandTest {

  private static final String ADMIN = "correct horse battery";
  private static final String TECH = "tomato truss 2026";
  private static final String VIEWER = "only looking here";

  @TempDir Path folder;
  private String db;

  @BeforeEach
  void users() {
    db = Database.fileUrl(folder.resolve("hortus"));
    assertEquals(0, UsersCommandTest.run(ADMIN, "users", "init", "--admin", "ada", "--db", db).exitCode());
    assertEquals(0, UsersCommandTest.run(ADMIN + "\n" + TECH, "users", "add", "tom", "--role", "technician", "--as", "ada", "--db", db).exitCode());
    assertEquals(0, UsersCommandTest.run(ADMIN + "\n" + VIEWER, "users", "add", "vic", "--role", "viewer", "--as", "ada", "--db", db).exitCode());
  }

  @Test
  void aTechnicianAcknowledgesAndTheRequestIsQueuedAndAudited() throws Exception {
    CommandRun run = UsersCommandTest.run(TECH, "alarms", "ack", "park.flood", "--comment", "second pump started", "--as", "tom", "--db", db);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("acknowledgement of park.flood queued"), run.out());
    try (Database database = Database.open(db); Connection c = database.connection()) {
      try (ResultSet rs = c.createStatement().executeQuery("SELECT user_name, user_comment FROM alarm_command")) {
        assertTrue(rs.next());
        assertEquals("tom", rs.getString(1));
        assertEquals("second pump started", rs.getString(2));
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT actor FROM audit WHERE action = 'alarm.ack'")) {
        assertTrue(rs.next(), "no audit row");
        assertEquals("tom", rs.getString(1));
      }
    }
  }

  @Test
  void aViewerIsRefusedAndNothingIsQueued() throws Exception {
    CommandRun run = UsersCommandTest.run(VIEWER, "alarms", "ack", "park.flood", "--comment", "x", "--as", "vic", "--db", db);
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("vic (viewer)"), run.err());
    try (Database database = Database.open(db); Connection c = database.connection();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM alarm_command")) {
      rs.next();
      assertEquals(0, rs.getLong(1));
    }
  }
}
