package org.hortus.app.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A change to the database and the audit record describing it, run by {@link
 * AuditLog#commit(AuditedChange)} in one transaction.
 *
 * @param <T> what the change returns to its caller
 */
@FunctionalInterface
public interface AuditedChange<T> {

  /**
   * Makes the change on {@code connection} (auto-commit is off; do not commit or close it) and
   * returns its result with the audit record. Throwing rolls back the change and stores no row.
   */
  Audited<T> apply(Connection connection) throws SQLException;

  /**
   * The result of a change and the record that describes it; no record when nothing changed.
   *
   * @param <T> what the change returns to its caller
   */
  record Audited<T>(T result, Optional<AuditRecord> record) {

    /** A change described by {@code record}. */
    public static <T> Audited<T> of(T result, AuditRecord record) {
      return new Audited<>(result, Optional.of(record));
    }

    /** Nothing was changed: nothing is appended. */
    public static <T> Audited<T> unchanged(T result) {
      return new Audited<>(result, Optional.empty());
    }
  }
}
