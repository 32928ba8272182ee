package org.hortus.app.security;

/** The one place where a service asks whether a user may do something. */
public final class Authorizer {

  private Authorizer() {}

  /**
   * Returns when {@code session}'s role grants {@code permission}.
   *
   * @throws AccessDeniedException naming the user, the role and what was refused
   */
  public static void require(Session session, Permission permission) {
    if (!session.role().permits(permission)) {
      throw new AccessDeniedException(session, permission);
    }
  }
}
