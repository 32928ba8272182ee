package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hortus.app.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthServiceTest {

  private static final char[] ADMIN_PASSWORD = "admin password 1".toCharArray();
  private static final char[] TOM_PASSWORD = "tomato grower 7".toCharArray();

  @TempDir Path folder;
  private SecurityFixture f;

  @BeforeEach
  void firstRun() throws Exception {
    f = new SecurityFixture(folder);
    assertTrue(f.auth.ensureAdministrator("ada", ADMIN_PASSWORD, T0));
    Session ada = f.auth.login("ada", ADMIN_PASSWORD, T0);
    f.users.addUser(ada, "tom", Role.TECHNICIAN, TOM_PASSWORD, T0);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theFirstRunCreatesTheAdministratorOnceAndAudits() throws Exception {
    assertFalse(f.auth.ensureAdministrator("eve", "another password".toCharArray(), T0));
    assertTrue(
        f.users.list(new Session("ada", Role.ADMINISTRATOR)).stream()
            .noneMatch(u -> u.username().equals("eve")));
    AuditEntry first = f.audit.latest(10).getFirst();
    assertEquals("system", first.record().actor());
    assertEquals("user.init", first.record().action());
    assertEquals("user:ada", first.record().subject());
    assertFalse(first.record().afterJson().contains("pbkdf2"), "no password hash in the audit");
  }

  @Test
  void aGoodPasswordGivesASessionWithTheUsersRole() throws Exception {
    assertEquals(new Session("tom", Role.TECHNICIAN), f.auth.login("tom", TOM_PASSWORD, T0));
  }

  @Test
  void anUnknownUserAndAWrongPasswordGetTheSameMessage() {
    LoginFailedException unknown =
        assertThrows(LoginFailedException.class, () -> f.auth.login("zed", TOM_PASSWORD, T0));
    LoginFailedException wrong =
        assertThrows(
            LoginFailedException.class,
            () -> f.auth.login("tom", "not his password".toCharArray(), T0));
    assertEquals(LoginFailedException.BAD_CREDENTIALS, unknown.getMessage());
    assertEquals(unknown.getMessage(), wrong.getMessage());
  }

  @Test
  void fiveFailuresLockTheAccountFor15MinutesEvenAgainstTheRightPassword() throws Exception {
    for (int i = 1; i <= 5; i++) {
      Instant at = T0.plusSeconds(i);
      assertThrows(
          LoginFailedException.class, () -> f.auth.login("tom", "guess".toCharArray(), at));
    }
    Instant lockedAt = T0.plusSeconds(5);
    LoginFailedException locked =
        assertThrows(
            LoginFailedException.class,
            () -> f.auth.login("tom", TOM_PASSWORD, lockedAt.plus(Duration.ofMinutes(14))));
    assertEquals(lockedAt.plus(Duration.ofMinutes(15)), locked.lockedUntil().orElseThrow());
    assertTrue(locked.getMessage().contains("tom is locked"), locked.getMessage());

    Session released = f.auth.login("tom", TOM_PASSWORD, lockedAt.plus(Duration.ofMinutes(15)));
    assertEquals("tom", released.username());
    List<AuditEntry> rows = f.audit.latest(1);
    assertEquals("user.lock", rows.getFirst().record().action());
    assertEquals("user:tom", rows.getFirst().record().subject());
  }

  @Test
  void aSuccessfulLoginResetsTheFailureCount() throws Exception {
    for (int i = 0; i < 4; i++) {
      assertThrows(
          LoginFailedException.class, () -> f.auth.login("tom", "guess".toCharArray(), T0));
    }
    f.auth.login("tom", TOM_PASSWORD, T0);
    assertEquals(
        0,
        f.users.list(new Session("ada", Role.ADMINISTRATOR)).stream()
            .filter(u -> u.username().equals("tom"))
            .findFirst()
            .orElseThrow()
            .failedAttempts());
    for (int i = 0; i < 4; i++) {
      assertThrows(
          LoginFailedException.class, () -> f.auth.login("tom", "guess".toCharArray(), T0));
    }
    assertEquals(
        "tom", f.auth.login("tom", TOM_PASSWORD, T0).username(), "4 + 4 failures: no lock");
  }

  @Test
  void theLockoutPolicyIsConfigurable() throws Exception {
    AuthService strict =
        new AuthService(f.db, f.audit, f.hasher, new LockoutPolicy(2, Duration.ofHours(1)));
    for (int i = 0; i < 2; i++) {
      assertThrows(
          LoginFailedException.class, () -> strict.login("tom", "guess".toCharArray(), T0));
    }
    LoginFailedException locked =
        assertThrows(LoginFailedException.class, () -> strict.login("tom", TOM_PASSWORD, T0));
    assertEquals(T0.plus(Duration.ofHours(1)), locked.lockedUntil().orElseThrow());
  }

  @Test
  void aResetPasswordUnlocksTheAccount() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThrows(
          LoginFailedException.class, () -> f.auth.login("tom", "guess".toCharArray(), T0));
    }
    Session ada = f.auth.login("ada", ADMIN_PASSWORD, T0);
    f.users.resetPassword(ada, "tom", "a brand new password".toCharArray(), T0);
    assertEquals("tom", f.auth.login("tom", "a brand new password".toCharArray(), T0).username());
  }

  @Test
  void aDisabledUserCannotLogInAndIsToldNothingMore() throws Exception {
    Session ada = f.auth.login("ada", ADMIN_PASSWORD, T0);
    f.users.disable(ada, "tom", T0);
    LoginFailedException e =
        assertThrows(LoginFailedException.class, () -> f.auth.login("tom", TOM_PASSWORD, T0));
    assertEquals(LoginFailedException.BAD_CREDENTIALS, e.getMessage());
  }

  @Test
  void aPasswordStoredWithFewerIterationsIsRehashedAtLogin() throws Exception {
    PasswordHasher stronger = new PasswordHasher(SecurityFixture.TEST_ITERATIONS * 3);
    AuthService upgraded = new AuthService(f.db, f.audit, stronger, LockoutPolicy.DEFAULT);
    upgraded.login("tom", TOM_PASSWORD, T0);
    UserAccount tom = new UserStore(f.db).find("tom").orElseThrow();
    assertEquals(
        SecurityFixture.TEST_ITERATIONS * 3, PasswordHasher.iterationsOf(tom.passwordHash()));
    assertEquals("tom", f.auth.login("tom", TOM_PASSWORD, T0).username());
  }

  @Test
  void weakPasswordsAndBadNamesAreRefusedAtTheFirstRunToo() throws Exception {
    SecurityFixture fresh = new SecurityFixture(folder.resolve("fresh"));
    try {
      assertThrows(
          IllegalArgumentException.class,
          () -> fresh.auth.ensureAdministrator("ada", "short".toCharArray(), T0));
      assertThrows(
          IllegalArgumentException.class,
          () -> fresh.auth.ensureAdministrator("Ada Admin", ADMIN_PASSWORD, T0));
      assertEquals(0, fresh.count("SELECT COUNT(*) FROM users"));
    } finally {
      fresh.close();
    }
  }
}
