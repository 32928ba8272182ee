package org.hortus.app.cli;

import static org.hortus.app.cli.UsersCommandTest.ADMIN_PASSWORD;
import static org.hortus.app.cli.UsersCommandTest.TOM_PASSWORD;
import static org.hortus.app.cli.UsersCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.hortus.app.audit.AuditCsv;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hortus audit verify} and {@code list} on a chain written through the commands. */
class AuditCommandTest {

  @TempDir Path folder;
  String db;

  /** Three rows: 1 user.init ada, 2 user.add tom, 3 user.add vera. */
  @BeforeEach
  void threeRows() {
    db = Database.fileUrl(folder.resolve("hortus"));
    assertEquals(0, run(ADMIN_PASSWORD, "users", "init", "--admin", "ada", "--db", db).exitCode());
    assertEquals(
        0,
        run(
                ADMIN_PASSWORD + "\n" + TOM_PASSWORD,
                "users",
                "add",
                "tom",
                "--role",
                "technician",
                "--as",
                "ada",
                "--db",
                db)
            .exitCode());
    assertEquals(
        0,
        run(
                ADMIN_PASSWORD + "\nviewer password 1",
                "users",
                "add",
                "vera",
                "--role",
                "viewer",
                "--as",
                "ada",
                "--db",
                db)
            .exitCode());
  }

  @Test
  void anIntactChainExitsZero() {
    CommandRun verify = run("", "audit", "verify", "--db", db);
    assertEquals(0, verify.exitCode(), verify.err());
    assertTrue(verify.out().startsWith("audit chain intact: 3 rows, last hash "), verify.out());
  }

  @Test
  void anAlteredRowIsNamedWithExitOne() throws Exception {
    sql(
        "UPDATE audit SET after_json = REPLACE(after_json, 'TECHNICIAN', 'ADMINISTRATOR') WHERE seq"
            + " = 2");
    CommandRun verify = run("", "audit", "verify", "--db", db);
    assertEquals(1, verify.exitCode());
    assertEquals(
        "audit chain broken: row 2 was altered: its content does not match its hash\n",
        verify.err());
  }

  @Test
  void aRemovedRowIsNamedWithExitOne() throws Exception {
    sql("DELETE FROM audit WHERE seq = 2");
    CommandRun verify = run("", "audit", "verify", "--db", db);
    assertEquals(1, verify.exitCode());
    assertEquals(
        "audit chain broken: row 2 is missing (removed): row 1 is followed by row 3\n",
        verify.err());
  }

  @Test
  void theAdministratorListsTheLatestRows() {
    CommandRun list =
        run(ADMIN_PASSWORD, "audit", "list", "--limit", "2", "--as", "ada", "--db", db);
    assertEquals(0, list.exitCode(), list.err());
    String[] lines = list.out().strip().split("\n");
    assertEquals(2, lines.length, list.out());
    assertTrue(
        lines[0].matches("2 \\S+ \\S+ ada user\\.add user:tom null -> \\{.*TECHNICIAN.*"),
        lines[0]);
    assertTrue(lines[1].startsWith("3 "), lines[1]);
  }

  @Test
  void aTechnicianMayNotReadTheAuditLog() {
    CommandRun list = run(TOM_PASSWORD, "audit", "list", "--as", "tom", "--db", db);
    assertEquals(UsersCommand.REFUSED, list.exitCode());
    assertEquals("access denied: tom (technician) may not view the audit log\n", list.err());
  }

  @Test
  void theAdministratorExportsFilteredRowsAsCsv() throws Exception {
    Path file = folder.resolve("users.csv");
    CommandRun export =
        run(
            ADMIN_PASSWORD,
            "audit",
            "export",
            "--kind",
            "user.add",
            "--user",
            "ada",
            "--out",
            file.toString(),
            "--as",
            "ada",
            "--db",
            db);
    assertEquals(0, export.exitCode(), export.err());
    assertEquals("2 rows written to " + file + "\n", export.out());
    List<String> lines = Files.readAllLines(file);
    assertEquals(String.join(",", AuditCsv.COLUMNS), lines.get(0));
    assertTrue(lines.get(1).startsWith("2,") && lines.get(1).contains(",ada,user.add,user:tom,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("3,") && lines.get(2).contains(",user:vera,"), lines.get(2));
    assertEquals(3, lines.size());
  }

  @Test
  void aTechnicianMayNotExportTheAuditLog() {
    Path file = folder.resolve("refused.csv");
    CommandRun export =
        run(TOM_PASSWORD, "audit", "export", "--out", file.toString(), "--as", "tom", "--db", db);
    assertEquals(UsersCommand.REFUSED, export.exitCode());
    assertTrue(Files.notExists(file));
  }

  /** Plain SQL on the file, with no Hortus database open (the commands shut H2 down on exit). */
  private void sql(String statement) throws Exception {
    try (Database database = Database.open(db);
        Connection c = database.connection();
        Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate(statement));
    }
  }
}
