package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each role through the services: what it may do succeeds, what it may not is refused with a
 * message naming user, role and act, and leaves neither a change nor an audit row.
 */
class ServiceRoleTest {

  @TempDir Path folder;
  private SecurityFixture f;
  private String tomato;

  /** One service call per act. */
  enum Act {
    ADD_USER,
    LIST_USERS,
    SET_OVERRIDE,
    SAVE_RECIPE,
    ACTIVATE_RECIPE,
    VIEW_RECIPE,
    LIST_AUDIT
  }

  @BeforeEach
  void setUp() throws Exception {
    f = new SecurityFixture(folder);
    try (InputStream in =
        getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json")) {
      tomato = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Activation needs a stored version: an agronomist saves v1 first.
    f.recipes.saveVersion(new Session("agnes", Role.AGRONOMIST), tomato, T0);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @ParameterizedTest(name = "{0} {1}: allowed {2}")
  @CsvSource(
      textBlock =
          """
          VIEWER,        ADD_USER,        false, manage users
          VIEWER,        LIST_USERS,      false, manage users
          VIEWER,        SET_OVERRIDE,    false, override actuators
          VIEWER,        SAVE_RECIPE,     false, edit recipes
          VIEWER,        ACTIVATE_RECIPE, false, activate recipe versions
          VIEWER,        VIEW_RECIPE,     true,  -
          VIEWER,        LIST_AUDIT,      false, view the audit log
          TECHNICIAN,    ADD_USER,        false, manage users
          TECHNICIAN,    LIST_USERS,      false, manage users
          TECHNICIAN,    SET_OVERRIDE,    true,  -
          TECHNICIAN,    SAVE_RECIPE,     false, edit recipes
          TECHNICIAN,    ACTIVATE_RECIPE, false, activate recipe versions
          TECHNICIAN,    VIEW_RECIPE,     true,  -
          TECHNICIAN,    LIST_AUDIT,      false, view the audit log
          AGRONOMIST,    ADD_USER,        false, manage users
          AGRONOMIST,    LIST_USERS,      false, manage users
          AGRONOMIST,    SET_OVERRIDE,    false, override actuators
          AGRONOMIST,    SAVE_RECIPE,     true,  -
          AGRONOMIST,    ACTIVATE_RECIPE, true,  -
          AGRONOMIST,    VIEW_RECIPE,     true,  -
          AGRONOMIST,    LIST_AUDIT,      false, view the audit log
          ADMINISTRATOR, ADD_USER,        true,  -
          ADMINISTRATOR, LIST_USERS,      true,  -
          ADMINISTRATOR, SET_OVERRIDE,    false, override actuators
          ADMINISTRATOR, SAVE_RECIPE,     false, edit recipes
          ADMINISTRATOR, ACTIVATE_RECIPE, false, activate recipe versions
          ADMINISTRATOR, VIEW_RECIPE,     true,  -
          ADMINISTRATOR, LIST_AUDIT,      true,  -
          """)
  void eachRoleIsRefusedWhatItMayNotDo(Role role, Act act, boolean allowed, String refusedAct)
      throws Exception {
    Session session = new Session("sam", role);
    long auditRows = f.count("SELECT COUNT(*) FROM audit");
    if (allowed) {
      run(session, act);
      return;
    }
    AccessDeniedException refused =
        assertThrows(AccessDeniedException.class, () -> run(session, act));
    assertEquals(
        "access denied: sam (" + role.label() + ") may not " + refusedAct, refused.getMessage());
    assertEquals(auditRows, f.count("SELECT COUNT(*) FROM audit"), "no audit row");
    assertEquals(0, f.count("SELECT COUNT(*) FROM users"), "no user");
    assertEquals(0, f.count("SELECT COUNT(*) FROM manual_override"), "no override");
    assertEquals(0, f.count("SELECT COUNT(*) FROM recipe_activation"), "no activation");
    assertEquals(1, f.count("SELECT COUNT(*) FROM recipe_version"), "only v1");
  }

  private void run(Session session, Act act) throws Exception {
    switch (act) {
      case ADD_USER ->
          f.users.addUser(session, "newbie", Role.VIEWER, "a good long password".toCharArray(), T0);
      case LIST_USERS -> f.users.list(session);
      case SET_OVERRIDE ->
          f.overrides.set(
              session, "GH-01", Actuator.LEE_VENT, 40, T0.plus(Duration.ofHours(1)), "test", T0);
      case SAVE_RECIPE ->
          f.recipes.saveVersion(session, tomato.replace("\"version\": 1", "\"version\": 2"), T0);
      case ACTIVATE_RECIPE -> f.recipes.activate(session, "GH-01", "tomato-truss", 1, T0);
      case VIEW_RECIPE -> f.recipes.activeFor(session, "GH-01");
      case LIST_AUDIT -> f.auditView.latest(session, 10);
    }
  }
}
