package org.hortus.app.audit;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;
import org.hortus.app.security.Role;
import org.hortus.app.security.SecurityFixture;
import org.hortus.app.security.Session;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written through the services, then changed with plain SQL as someone with the database file
 * could: the verifier names the first altered or removed row.
 */
class AuditTamperTest {

  private static final Session ADA = new Session("ada", Role.ADMINISTRATOR);
  private static final Session TOM = new Session("tom", Role.TECHNICIAN);

  @TempDir Path folder;
  private SecurityFixture f;

  /** Seven rows: 1 user.init, 2-3 user.add, 4-7 override.set. */
  @BeforeEach
  void sevenRowsThroughTheServices() throws Exception {
    f = new SecurityFixture(folder);
    f.auth.ensureAdministrator("ada", "admin password 1".toCharArray(), T0);
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    f.users.addUser(ADA, "agnes", Role.AGRONOMIST, "agronomy rules 1".toCharArray(), T0);
    for (int i = 0; i < 4; i++) {
      f.overrides.set(
          TOM,
          "GH-0" + (i + 1),
          Actuator.LEE_VENT,
          20 + i,
          T0.plus(Duration.ofHours(1)),
          "test",
          T0);
    }
    assertEquals(7, f.count("SELECT COUNT(*) FROM audit"));
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void anIntactChainVerifies() throws SQLException {
    AuditVerification verdict = f.verifier.verify();
    assertTrue(verdict.intact(), verdict.message());
    assertEquals(7, verdict.rowsChecked());
    assertTrue(
        verdict.message().startsWith("audit chain intact: 7 rows, last hash "), verdict.message());
  }

  @Test
  void anAlteredRowIsNamed() throws SQLException {
    f.sql("UPDATE audit SET after_json = REPLACE(after_json, '22.0', '99.0') WHERE seq = 6");
    assertProblem(6, "row 6 was altered: its content does not match its hash");
  }

  @Test
  void anAlteredActorOrTimeIsNamedToo() throws SQLException {
    f.sql("UPDATE audit SET actor = 'nobody' WHERE seq = 2");
    assertProblem(2, "row 2 was altered: its content does not match its hash");
    f.sql("UPDATE audit SET actor = 'ada' WHERE seq = 2");
    assertTrue(f.verifier.verify().intact(), "restored");
    f.sql("UPDATE audit SET at = at + 1 WHERE seq = 3");
    assertProblem(3, "row 3 was altered: its content does not match its hash");
  }

  @Test
  void aRemovedRowIsNamed() throws SQLException {
    f.sql("DELETE FROM audit WHERE seq = 4");
    assertProblem(4, "row 4 is missing (removed): row 3 is followed by row 5");
  }

  @Test
  void alteringOneRowAndRemovingAnotherNamesTheFirstInChainOrder() throws SQLException {
    f.sql("UPDATE audit SET after_json = '{}' WHERE seq = 5");
    f.sql("DELETE FROM audit WHERE seq = 3");
    assertProblem(3, "row 3 is missing (removed): row 2 is followed by row 4");
  }

  @Test
  void removedFirstAndLastRowsAreNamed() throws SQLException {
    f.sql("DELETE FROM audit WHERE seq = 7");
    assertProblem(
        7, "row 7 is missing (removed): the chain ends at row 6 but its head records row 7");
    f.sql("DELETE FROM audit WHERE seq = 1");
    assertProblem(1, "row 1 is missing (removed): the chain starts at row 2");
  }

  @Test
  void aRowRewrittenWithARecomputedHashIsNamedByItsSuccessor() throws SQLException {
    AuditEntry row = f.audit.latest(7).get(2); // seq 3
    AuditRecord forged =
        new AuditRecord(
            row.record().at(), "ada", "user.add", "user:agnes", "null", "{\"role\":\"VIEWER\"}");
    String hash = AuditHash.of(3, forged, row.prevHash());
    f.sql(
        "UPDATE audit SET after_json = '{\"role\":\"VIEWER\"}', hash = '"
            + hash
            + "' WHERE seq = 3");
    assertProblem(3, "row 3 was altered or replaced: row 4 was chained to a different row 3");
  }

  @Test
  void removingARowAndRenumberingTheRestIsNamed() throws SQLException {
    f.sql("DELETE FROM audit WHERE seq = 2");
    f.sql("UPDATE audit SET seq = seq - 1 WHERE seq > 2");
    // Renumbered rows no longer match their hashes (seq is hashed): the first one is named.
    assertProblem(2, "row 2 was altered: its content does not match its hash");
  }

  @Test
  void aRowAppendedBehindHortussBackIsNamed() throws SQLException {
    AuditEntry last = f.audit.last().orElseThrow();
    AuditRecord forged = new AuditRecord(T0, "ada", "user.add", "user:mallory", "null", "{}");
    String hash = AuditHash.of(8, forged, last.hash());
    f.sql(
        "INSERT INTO audit VALUES (8, "
            + T0.toEpochMilli()
            + ", 'ada', 'user.add', 'user:mallory', 'null', '{}', '"
            + last.hash()
            + "', '"
            + hash
            + "')");
    assertProblem(8, "row 8 was added outside Hortus: the head records row 7 as the last");
  }

  private void assertProblem(long row, String message) throws SQLException {
    AuditVerification verdict = f.verifier.verify();
    assertFalse(verdict.intact());
    assertEquals(OptionalLong.of(row), verdict.problemRow());
    assertEquals(message, verdict.message());
  }
}
