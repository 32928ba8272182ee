package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hortus.app.audit.AuditCsv;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditFilter;
import org.hortus.app.audit.AuditVerification;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit page's reads through the service: filters in SQL, CSV export and verification. */
class AuditViewServiceTest {

  private static final Session ADA = new Session("ada", Role.ADMINISTRATOR);
  private static final Session TOM = new Session("tom", Role.TECHNICIAN);

  @TempDir Path folder;
  private SecurityFixture f;

  /**
   * Eight rows, one a minute from T0: 1 user.init (system), 2 user.add tom, 3 user.add amy, 4-5
   * override.set by tom, 6 user.disable amy, 7 user.enable amy, 8 override.set by tom.
   */
  @BeforeEach
  void eightRows() throws Exception {
    f = new SecurityFixture(folder);
    f.auth.ensureAdministrator("ada", "admin password 1".toCharArray(), at(1));
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), at(2));
    f.users.addUser(ADA, "amy", Role.AGRONOMIST, "agronomy rules 1".toCharArray(), at(3));
    override("GH-01", at(4));
    override("GH-02", at(5));
    f.users.disable(ADA, "amy", at(6));
    f.users.enable(ADA, "amy", at(7));
    override("GH-03", at(8));
    assertEquals(8, f.count("SELECT COUNT(*) FROM audit"));
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void filtersByUserKindAndTimeNewestFirst() throws Exception {
    assertEquals(List.of(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), seqs(AuditFilter.all(), 100));
    assertEquals(List.of(8L, 7L, 6L), seqs(AuditFilter.all(), 3));
    assertEquals(List.of(8L, 5L, 4L), seqs(AuditFilter.all().byActor("tom"), 100));
    assertEquals(List.of(1L), seqs(AuditFilter.all().byActor("system"), 100));
    assertEquals(List.of(7L, 6L, 3L, 2L, 1L), seqs(AuditFilter.all().ofKind("user."), 100));
    assertEquals(List.of(3L, 2L), seqs(AuditFilter.all().ofKind("user.add"), 100));
    assertEquals(List.of(), seqs(AuditFilter.all().ofKind("user"), 100), "not a prefix");
    assertEquals(List.of(7L, 6L), seqs(AuditFilter.all().byActor("ada").ofKind("user.").from(at(6)), 100));
    assertEquals(List.of(5L, 4L, 3L), seqs(AuditFilter.all().from(at(3)).to(at(6)), 100));
    assertEquals(List.of(5L), seqs(AuditFilter.all().byActor("tom").from(at(3)).to(at(6)), 1));
  }

  @Test
  void aKindWithLikeWildcardsMatchesOnlyItself() throws Exception {
    assertEquals(List.of(), seqs(AuditFilter.all().ofKind("user_"), 100));
    assertEquals(List.of(), seqs(AuditFilter.all().ofKind("%."), 100));
  }

  @Test
  void choicesListTheUsersAndActionsInTheLog() throws Exception {
    assertEquals(List.of("ada", "system", "tom"), f.auditView.actors(ADA));
    assertEquals(
        List.of("override.set", "user.add", "user.disable", "user.enable", "user.init"),
        f.auditView.actions(ADA));
  }

  @Test
  void exportWritesEveryFilteredRowOldestFirstAsRfc4180Csv() throws Exception {
    f.users.addUser(ADA, "bob", Role.VIEWER, "bob's \"quoted\", password".toCharArray(), at(9));
    Path file = folder.resolve("audit.csv");
    long rows = f.auditView.exportCsv(ADA, AuditFilter.all().ofKind("user."), file);
    assertEquals(6, rows);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n", -1);
    assertEquals(String.join(",", AuditCsv.COLUMNS), lines[0]);
    assertEquals(8, lines.length, "header, 6 rows, and the empty rest after the last CRLF");
    assertEquals("", lines[7]);
    assertTrue(lines[1].startsWith("1,2026-03-01T08:01:00Z,system,user.init,user:ada,null,"), lines[1]);
    assertTrue(lines[6].startsWith("9,2026-03-01T08:09:00Z,ada,user.add,user:bob,null,\"{\"\"username\"\":\"\"bob\"\","), lines[6]);
    assertFalse(Files.exists(folder.resolve("audit.csv.part")));
  }

  @Test
  void verificationIsIntactThenNamesATamperedRow() throws Exception {
    AuditVerification intact = f.auditView.verify(ADA);
    assertTrue(intact.intact(), intact.message());
    assertEquals(8, intact.rowsChecked());
    f.sql("UPDATE audit SET actor = 'nobody' WHERE seq = 5");
    AuditVerification broken = f.auditView.verify(ADA);
    assertFalse(broken.intact());
    assertEquals(OptionalLong.of(5), broken.problemRow());
    assertEquals(Optional.of(AuditVerification.Problem.ALTERED), broken.problem());
  }

  @Test
  void everyReadNeedsTheRightToViewTheAudit() {
    Path file = folder.resolve("refused.csv");
    assertThrows(AccessDeniedException.class, () -> f.auditView.find(TOM, AuditFilter.all(), 10));
    assertThrows(AccessDeniedException.class, () -> f.auditView.actors(TOM));
    assertThrows(AccessDeniedException.class, () -> f.auditView.actions(TOM));
    assertThrows(AccessDeniedException.class, () -> f.auditView.verify(TOM));
    assertThrows(
        AccessDeniedException.class, () -> f.auditView.exportCsv(TOM, AuditFilter.all(), file));
    assertFalse(Files.exists(file));
  }

  @Test
  void aUserFilterReadsItsIndexInOrderWithoutSorting() throws Exception {
    // The V8 index serves "the newest rows of one user": H2 says so in its plan.
    try (Connection c = f.db.connection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "EXPLAIN SELECT seq FROM audit WHERE actor = 'tom' ORDER BY actor, seq DESC"
                        + " LIMIT 10")) {
      rs.next();
      String plan = rs.getString(1);
      assertTrue(plan.contains("AUDIT_ACTOR_SEQ") && plan.contains("index sorted"), plan);
    }
  }

  private List<Long> seqs(AuditFilter filter, int limit) throws Exception {
    return f.auditView.find(ADA, filter, limit).stream().map(AuditEntry::seq).toList();
  }

  private void override(String house, Instant now) throws Exception {
    f.overrides.set(TOM, house, Actuator.LEE_VENT, 30, now.plus(Duration.ofHours(1)), "test", now);
  }

  private static Instant at(int minute) {
    return T0.plus(Duration.ofMinutes(minute));
  }
}
