package org.hortus.app.security;

import static org.hortus.app.security.Permission.ACTIVATE_RECIPE;
import static org.hortus.app.security.Permission.EDIT_RECIPE;
import static org.hortus.app.security.Permission.EDIT_SCHEDULE;
import static org.hortus.app.security.Permission.HANDLE_ALARM;
import static org.hortus.app.security.Permission.MANAGE_DEVICES;
import static org.hortus.app.security.Permission.MANAGE_USERS;
import static org.hortus.app.security.Permission.OVERRIDE_ACTUATOR;
import static org.hortus.app.security.Permission.RUN_WHAT_IF;
import static org.hortus.app.security.Permission.VIEW;
import static org.hortus.app.security.Permission.VIEW_AUDIT;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A user's role and the permissions it grants (docs/security.md). Roles do not nest: the
 * administrator manages users and devices and reads the audit log, but does not operate the
 * greenhouses (no overrides, schedules, alarms or recipes), so every act on the crop is done under
 * an operator's own name.
 */
public enum Role {
  VIEWER(EnumSet.of(VIEW)),
  TECHNICIAN(EnumSet.of(VIEW, OVERRIDE_ACTUATOR, EDIT_SCHEDULE, HANDLE_ALARM)),
  AGRONOMIST(EnumSet.of(VIEW, EDIT_RECIPE, ACTIVATE_RECIPE, RUN_WHAT_IF)),
  ADMINISTRATOR(EnumSet.of(VIEW, MANAGE_USERS, MANAGE_DEVICES, VIEW_AUDIT));

  private final Set<Permission> permissions;

  Role(EnumSet<Permission> permissions) {
    this.permissions = Set.copyOf(permissions);
  }

  public boolean permits(Permission permission) {
    return permissions.contains(permission);
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  /** The lower-case name used in messages and on the command line: {@code technician}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a role name in any case: {@code technician}, {@code TECHNICIAN}. */
  public static Role parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown role '" + text + "': use viewer, technician, agronomist or administrator", e);
    }
  }
}
