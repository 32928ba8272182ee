package org.hortus.app.audit;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link AuditVerifier#verify()} found: an intact chain, or the first problem in seq order.
 *
 * @param intact true when every row matches its hash and the chain has no gap
 * @param rowsChecked rows read before the verdict
 * @param problemRow the row named by the problem (altered, or the first one missing); empty when
 *     intact, or when the problem is not one row's (the chain head is gone)
 * @param message one line for people: {@code audit chain intact: …} or the problem
 * @param problem what kind of problem, for a screen to say in its own words; empty when intact
 */
public record AuditVerification(
    boolean intact,
    long rowsChecked,
    OptionalLong problemRow,
    String message,
    Optional<Problem> problem) {

  /** The kinds of problem the verifier names. */
  public enum Problem {
    /** A row's content does not match its hash. */
    ALTERED,
    /** A row was altered or replaced: the next row (or the head) was chained to another one. */
    REPLACED,
    /** Rows are missing: a gap in seq, or fewer rows than the head records. */
    REMOVED,
    /** Rows beyond the one the head records as the last. */
    ADDED,
    /** The head is gone, so rows removed from the end could not be seen. */
    HEAD_REMOVED
  }

  static AuditVerification intact(long rows, String headHash) {
    return new AuditVerification(
        true,
        rows,
        OptionalLong.empty(),
        rows == 0
            ? "audit chain intact: no rows yet"
            : "audit chain intact: " + rows + " rows, last hash " + headHash,
        Optional.empty());
  }

  static AuditVerification problem(long rowsChecked, long row, Problem kind, String message) {
    return new AuditVerification(
        false, rowsChecked, OptionalLong.of(row), message, Optional.of(kind));
  }

  static AuditVerification problem(long rowsChecked, Problem kind, String message) {
    return new AuditVerification(false, rowsChecked, OptionalLong.empty(), message, Optional.of(kind));
  }
}
