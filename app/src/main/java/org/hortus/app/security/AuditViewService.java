package org.hortus.app.security;

import java.sql.SQLException;
import java.util.List;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditLog;

/** Reads the audit log for a session with {@link Permission#VIEW_AUDIT}. Stateless. */
public final class AuditViewService {

  private final AuditLog audit;

  public AuditViewService(AuditLog audit) {
    this.audit = audit;
  }

  /** The newest {@code limit} rows, oldest first. */
  public List<AuditEntry> latest(Session actor, int limit) throws SQLException {
    Authorizer.require(actor, Permission.VIEW_AUDIT);
    return audit.latest(limit);
  }
}
