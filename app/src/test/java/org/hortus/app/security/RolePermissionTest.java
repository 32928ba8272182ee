package org.hortus.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role table of docs/security.md, cell by cell. */
class RolePermissionTest {

  @ParameterizedTest(name = "{0}: viewer {1}, technician {2}, agronomist {3}, administrator {4}")
  @CsvSource(
      textBlock =
          """
          # permission,      VIEWER, TECHNICIAN, AGRONOMIST, ADMINISTRATOR
          VIEW,              true,   true,       true,       true
          OVERRIDE_ACTUATOR, false,  true,       false,      false
          EDIT_SCHEDULE,     false,  true,       false,      false
          HANDLE_ALARM,      false,  true,       false,      false
          EDIT_RECIPE,       false,  false,      true,       false
          ACTIVATE_RECIPE,   false,  false,      true,       false
          RUN_WHAT_IF,       false,  false,      true,       false
          MANAGE_USERS,      false,  false,      false,      true
          MANAGE_DEVICES,    false,  false,      false,      true
          VIEW_AUDIT,        false,  false,      false,      true
          """)
  void eachRoleHoldsExactlyThePermissionsOfTheTable(
      Permission permission,
      boolean viewer,
      boolean technician,
      boolean agronomist,
      boolean administrator) {
    assertEquals(viewer, Role.VIEWER.permits(permission));
    assertEquals(technician, Role.TECHNICIAN.permits(permission));
    assertEquals(agronomist, Role.AGRONOMIST.permits(permission));
    assertEquals(administrator, Role.ADMINISTRATOR.permits(permission));
  }

  @Test
  void theTableCoversEveryPermission() {
    assertEquals(10, Permission.values().length, "add the new permission to the table above");
  }

  @Test
  void aRefusalNamesTheUserTheRoleAndWhatWasRefused() {
    AccessDeniedException refused =
        assertThrows(
            AccessDeniedException.class,
            () -> Authorizer.require(new Session("tom", Role.TECHNICIAN), Permission.MANAGE_USERS));
    assertEquals("access denied: tom (technician) may not manage users", refused.getMessage());
    assertEquals(Permission.MANAGE_USERS, refused.refused());
  }

  @Test
  void rolesParseInAnyCaseAndUnknownOnesAreNamed() {
    assertEquals(Role.AGRONOMIST, Role.parse("Agronomist"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Role.parse("operator"));
    assertTrue(e.getMessage().contains("unknown role 'operator'"), e.getMessage());
  }
}
