package org.hortus.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.hortus.app.audit.AuditVerification.Problem;
import org.hortus.app.store.Database;

/**
 * Walks the audit chain in seq order and reports the first problem: a row whose hash does not match
 * its content (altered), a gap in seq (removed), a row chained to a different predecessor (the one
 * before it was replaced), or rows missing from the end (the head, written with every append,
 * records a later row than the chain holds).
 *
 * <p>The chain shows changes made by anyone who did not recompute the hashes after them. Someone
 * who rewrites every later row and the head is not detected by the chain alone: compare the last
 * hash it prints with one written down earlier (docs/security.md).
 */
public final class AuditVerifier {

  private final Database database;

  public AuditVerifier(Database database) {
    this.database = database;
  }

  /** Verifies the whole chain in one read transaction. */
  public AuditVerification verify() throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement select =
            c.prepareStatement("SELECT " + AuditLog.columns() + " FROM audit ORDER BY seq");
        ResultSet rs = select.executeQuery()) {
      long expectedSeq = 1;
      String prevHash = AuditHash.GENESIS;
      long checked = 0;
      while (rs.next()) {
        AuditEntry row = AuditLog.read(rs);
        if (row.seq() != expectedSeq) {
          return AuditVerification.problem(
              checked, expectedSeq, Problem.REMOVED, missing(expectedSeq, row.seq()));
        }
        if (!row.hashMatchesContent()) {
          return AuditVerification.problem(
              checked,
              row.seq(),
              Problem.ALTERED,
              "row " + row.seq() + " was altered: its content does not match its hash");
        }
        if (!row.prevHash().equals(prevHash)) {
          long named = Math.max(1, row.seq() - 1);
          return AuditVerification.problem(
              checked, named, Problem.REPLACED, relinked(row.seq()));
        }
        prevHash = row.hash();
        expectedSeq++;
        checked++;
      }
      return checkHead(c, checked, prevHash);
    }
  }

  private static String missing(long expected, long found) {
    String after =
        expected == 1
            ? "the chain starts at row " + found
            : "row " + (expected - 1) + " is followed by row " + found;
    return removed(expected, found - 1) + ": " + after;
  }

  private static String removed(long first, long last) {
    return first == last
        ? "row " + first + " is missing (removed)"
        : "rows " + first + " to " + last + " are missing (removed)";
  }

  private static String relinked(long seq) {
    if (seq == 1) {
      return "row 1 was altered: it does not start the chain (its prev_hash is not 64 zeros)";
    }
    long before = seq - 1;
    return "row "
        + before
        + " was altered or replaced: row "
        + seq
        + " was chained to a different row "
        + before;
  }

  private record Head(long lastSeq, String lastHash) {}

  private static Optional<Head> head(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
        ResultSet rs = select.executeQuery()) {
      return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
    }
  }

  private static AuditVerification checkHead(Connection c, long rows, String lastHash)
      throws SQLException {
    Optional<Head> found = head(c);
    if (found.isEmpty()) {
      return rows == 0
          ? AuditVerification.intact(0, AuditHash.GENESIS)
          : AuditVerification.problem(
              rows,
              Problem.HEAD_REMOVED,
              "the audit head was removed: rows after row " + rows + " cannot be checked");
    }
    Head head = found.get();
    if (head.lastSeq() > rows) {
      String end = rows == 0 ? "the chain is empty" : "the chain ends at row " + rows;
      return AuditVerification.problem(
          rows,
          rows + 1,
          Problem.REMOVED,
          removed(rows + 1, head.lastSeq())
              + ": "
              + end
              + " but its head records row "
              + head.lastSeq());
    }
    if (head.lastSeq() < rows) {
      return AuditVerification.problem(
          rows,
          head.lastSeq() + 1,
          Problem.ADDED,
          "row "
              + (head.lastSeq() + 1)
              + " was added outside Hortus: the head records row "
              + head.lastSeq()
              + " as the last");
    }
    if (!head.lastHash().equals(lastHash)) {
      return AuditVerification.problem(
          rows,
          rows,
          Problem.REPLACED,
          "row " + rows + " was altered or replaced: it does not match the head");
    }
    return AuditVerification.intact(rows, lastHash);
  }
}
