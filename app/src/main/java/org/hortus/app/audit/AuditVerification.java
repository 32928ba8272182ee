package org.hortus.app.audit;

import java.util.OptionalLong;

/**
 * What {@link AuditVerifier#verify()} found: an intact chain, or the first problem in seq order.
 *
 * @param intact true when every row matches its hash and the chain has no gap
 * @param rowsChecked rows read before the verdict
 * @param problemRow the row named by the problem (altered, or the first one missing); empty when
 *     intact, or when the problem is not one row's (the chain head is gone)
 * @param message one line for people: {@code audit chain intact: …} or the problem
 */
public record AuditVerification(
    boolean intact, long rowsChecked, OptionalLong problemRow, String message) {

  static AuditVerification intact(long rows, String headHash) {
    return new AuditVerification(
        true,
        rows,
        OptionalLong.empty(),
        rows == 0
            ? "audit chain intact: no rows yet"
            : "audit chain intact: " + rows + " rows, last hash " + headHash);
  }

  static AuditVerification problem(long rowsChecked, long row, String message) {
    return new AuditVerification(false, rowsChecked, OptionalLong.of(row), message);
  }

  static AuditVerification problem(long rowsChecked, String message) {
    return new AuditVerification(false, rowsChecked, OptionalLong.empty(), message);
  }
}
