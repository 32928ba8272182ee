package org.hortus.app.security;

/** A user tried something their role does not permit; nothing was changed. */
public final class AccessDeniedException extends RuntimeException {

  private final transient Session session;
  private final Permission refused;

  public AccessDeniedException(Session session, Permission refused) {
    super(
        "access denied: "
            + session.username()
            + " ("
            + session.role().label()
            + ") may not "
            + refused.phrase());
    this.session = session;
    this.refused = refused;
  }

  public Session session() {
    return session;
  }

  public Permission refused() {
    return refused;
  }
}
