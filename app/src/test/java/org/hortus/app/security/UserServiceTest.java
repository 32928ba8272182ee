package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hortus.app.audit.AuditRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserServiceTest {

  private static final Session ADA = new Session("ada", Role.ADMINISTRATOR);

  @TempDir Path folder;
  private SecurityFixture f;

  @BeforeEach
  void setUp() throws Exception {
    f = new SecurityFixture(folder);
    f.auth.ensureAdministrator("ada", "admin password 1".toCharArray(), T0);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void addingAUserIsAuditedWithWhoWhenAndTheNewStateButNoPasswordHash() throws Exception {
    f.users.addUser(
        ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0.plusSeconds(60));
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("ada", row.actor());
    assertEquals(T0.plusSeconds(60), row.at());
    assertEquals("user.add", row.action());
    assertEquals("user:tom", row.subject());
    assertEquals("null", row.beforeJson());
    assertEquals(
        "{\"username\":\"tom\",\"role\":\"TECHNICIAN\",\"disabled\":false,\"failedAttempts\":0,"
            + "\"lockedUntil\":null}",
        row.afterJson());
  }

  @Test
  void aTakenNameIsRefusedAndNothingIsAudited() throws Exception {
    long rows = f.count("SELECT COUNT(*) FROM audit");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> f.users.addUser(ADA, "ada", Role.VIEWER, "another password".toCharArray(), T0));
    assertEquals("user ada already exists", e.getMessage());
    assertEquals(rows, f.count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void aRoleChangeRecordsBeforeAndAfter() throws Exception {
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    f.users.changeRole(ADA, "tom", Role.AGRONOMIST, T0);
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("user.role", row.action());
    assertTrue(row.beforeJson().contains("\"role\":\"TECHNICIAN\""), row.beforeJson());
    assertTrue(row.afterJson().contains("\"role\":\"AGRONOMIST\""), row.afterJson());
  }

  @Test
  void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() throws Exception {
    assertThrows(
        IllegalStateException.class, () -> f.users.changeRole(ADA, "ada", Role.VIEWER, T0));
    assertThrows(IllegalStateException.class, () -> f.users.disable(ADA, "ada", T0));
    f.users.addUser(ADA, "bob", Role.ADMINISTRATOR, "second admin pass".toCharArray(), T0);
    f.users.disable(ADA, "ada", T0);
    assertTrue(new UserStore(f.db).find("ada").orElseThrow().disabled());
  }

  @Test
  void aPasswordResetIsAuditedWithoutTheHash() throws Exception {
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    f.users.resetPassword(ADA, "tom", "tomato grower 8".toCharArray(), T0);
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("user.password", row.action());
    assertTrue(row.afterJson().contains("\"password\":\"reset\""), row.afterJson());
    assertFalse(row.afterJson().contains("pbkdf2"), row.afterJson());
  }

  @Test
  void namesAndPasswordsMustFollowTheRules() {
    assertThrows(
        IllegalArgumentException.class,
        () -> f.users.addUser(ADA, "Tom Smith", Role.VIEWER, "long enough pass".toCharArray(), T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> f.users.addUser(ADA, "tom", Role.VIEWER, "too short".toCharArray(), T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> f.users.addUser(ADA, "tomatogrower", Role.VIEWER, "TomatoGrower".toCharArray(), T0));
    assertThrows(
        IllegalArgumentException.class, () -> f.users.changeRole(ADA, "nobody", Role.VIEWER, T0));
  }

  @Test
  void aDisabledUserIsEnabledAgainAndCanLogInAuditedAsUserEnable() throws Exception {
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    f.users.disable(ADA, "tom", T0);
    assertThrows(
        LoginFailedException.class,
        () -> f.auth.login("tom", "tomato grower 7".toCharArray(), T0));
    f.users.enable(ADA, "tom", T0.plusSeconds(5));
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("user.enable", row.action());
    assertEquals("user:tom", row.subject());
    assertTrue(row.beforeJson().contains("\"disabled\":true"), row.beforeJson());
    assertTrue(row.afterJson().contains("\"disabled\":false"), row.afterJson());
    assertEquals("tom", f.auth.login("tom", "tomato grower 7".toCharArray(), T0).username());
  }

  @Test
  void aChangeThatChangesNothingWritesNoAuditRow() throws Exception {
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    long rows = f.count("SELECT COUNT(*) FROM audit");
    f.users.enable(ADA, "tom", T0);
    f.users.changeRole(ADA, "tom", Role.TECHNICIAN, T0);
    f.users.unlock(ADA, "tom", T0);
    assertEquals(rows, f.count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void unlockingLiftsALockoutKeepsThePasswordAndIsAudited() throws Exception {
    f.users.addUser(ADA, "tom", Role.TECHNICIAN, "tomato grower 7".toCharArray(), T0);
    for (int i = 0; i < LockoutPolicy.DEFAULT.maxFailures(); i++) {
      assertThrows(
          LoginFailedException.class, () -> f.auth.login("tom", "wrong guess 123".toCharArray(), T0));
    }
    assertTrue(new UserStore(f.db).find("tom").orElseThrow().lockedAt(T0));
    f.users.unlock(ADA, "tom", T0.plusSeconds(1));
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("user.unlock", row.action());
    assertTrue(row.afterJson().contains("\"lockedUntil\":null"), row.afterJson());
    assertEquals(
        "tom", f.auth.login("tom", "tomato grower 7".toCharArray(), T0.plusSeconds(2)).username());
  }

  @Test
  void refusalsCarryTheirReasonForAScreenToTranslate() throws Exception {
    UserRuleException taken =
        assertThrows(
            UserRuleException.class,
            () -> f.users.addUser(ADA, "ada", Role.VIEWER, "another password".toCharArray(), T0));
    assertEquals(UserRules.Violation.USERNAME_TAKEN, taken.violation());
    UserRuleException unknown =
        assertThrows(UserRuleException.class, () -> f.users.enable(ADA, "nobody", T0));
    assertEquals(UserRules.Violation.UNKNOWN_USER, unknown.violation());
    UserRuleException tooShort =
        assertThrows(
            UserRuleException.class,
            () -> f.users.resetPassword(ADA, "ada", "short".toCharArray(), T0));
    assertEquals(UserRules.Violation.PASSWORD_LENGTH, tooShort.violation());
    LastAdministratorException last =
        assertThrows(LastAdministratorException.class, () -> f.users.disable(ADA, "ada", T0));
    assertEquals("ada", last.username());
  }

  @Test
  void enablingAndUnlockingNeedTheRightToManageUsers() {
    Session tom = new Session("tom", Role.TECHNICIAN);
    assertThrows(AccessDeniedException.class, () -> f.users.enable(tom, "ada", T0));
    assertThrows(AccessDeniedException.class, () -> f.users.unlock(tom, "ada", T0));
  }
}
