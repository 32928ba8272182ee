package org.hortus.app.security;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.hortus.app.audit.AuditCsv;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditFilter;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditVerification;

/**
 * Reads, filters, exports and verifies the audit log for a session with {@link
 * Permission#VIEW_AUDIT}. Reading changes nothing, so it writes no audit row. Stateless.
 */
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

  /** The newest {@code limit} rows passing {@code filter}, newest first. */
  public List<AuditEntry> find(Session actor, AuditFilter filter, int limit) throws SQLException {
    Authorizer.require(actor, Permission.VIEW_AUDIT);
    return audit.search().newest(filter, limit);
  }

  /** The users who appear in the log, for a filter's choices. */
  public List<String> actors(Session actor) throws SQLException {
    Authorizer.require(actor, Permission.VIEW_AUDIT);
    return audit.search().actors();
  }

  /** The actions that appear in the log, for a filter's choices. */
  public List<String> actions(Session actor) throws SQLException {
    Authorizer.require(actor, Permission.VIEW_AUDIT);
    return audit.search().actions();
  }

  /**
   * Writes every row passing {@code filter} (no limit), oldest first, to {@code file} as {@link
   * AuditCsv}; returns how many.
   */
  public long exportCsv(Session actor, AuditFilter filter, Path file) throws Exception {
    Authorizer.require(actor, Permission.VIEW_AUDIT);
    return AuditCsv.export(audit.search(), filter, file);
  }

  /** Walks the whole chain ({@link org.hortus.app.audit.AuditVerifier}). */
  public AuditVerification verify(Session actor) throws SQLException {
    Authorizer.require(actor, Permission.VIEW_AUDIT);
    return audit.verifier().verify();
  }
}
