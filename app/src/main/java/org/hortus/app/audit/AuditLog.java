package org.hortus.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.app.store.Database;

/**
 * The audit log on H2: append only, each row carrying the previous row's hash (see {@link
 * AuditHash}), so {@link AuditVerifier} finds a row that was altered or removed.
 *
 * <p>Appends run inside the caller's transaction, so a change and its audit row are stored both or
 * neither ({@link #commit}). They are serialized in this process by a lock; two processes on one
 * database are kept apart by the {@code seq} primary key: the later insert of the same seq fails,
 * and the append re-reads the last row and tries again. Append last in a transaction and commit
 * soon after: until then, every other appender waits on the new row.
 *
 * <p>Holds no thread or connection of its own; safe to share between threads.
 */
public final class AuditLog {

  private static final int MAX_APPEND_ATTEMPTS = 20;
  private static final String DUPLICATE_KEY = "23505";
  private static final String COLUMNS =
      "seq, at, actor, action, subject, before_json, after_json, prev_hash, hash";

  private final Database database;
  private final Object appendLock = new Object();

  public AuditLog(Database database) {
    this.database = database;
  }

  /**
   * Runs {@code change} and appends its record (if it has one) in one transaction, then commits. If
   * the change or the append throws, both are rolled back and the exception is rethrown.
   */
  public <T> T commit(AuditedChange<T> change) throws SQLException {
    return inTransaction(
        c -> {
          Audited<T> audited = change.apply(c);
          if (audited.record().isPresent()) {
            append(c, audited.record().get());
          }
          return audited.result();
        });
  }

  /** Appends one record in a transaction of its own. */
  public AuditEntry append(AuditRecord record) throws SQLException {
    return inTransaction(c -> append(c, record));
  }

  /**
   * Appends {@code record} inside the caller's transaction on {@code c} (auto-commit off); the
   * caller commits. Returns the row as it will be stored.
   */
  public AuditEntry append(Connection c, AuditRecord record) throws SQLException {
    synchronized (appendLock) {
      for (int attempt = 1; ; attempt++) {
        Savepoint beforeInsert = c.setSavepoint();
        try {
          AuditEntry entry = next(lastRow(c), record);
          insert(c, entry);
          writeHead(c, entry);
          return entry;
        } catch (SQLException e) {
          c.rollback(beforeInsert);
          if (!DUPLICATE_KEY.equals(e.getSQLState()) || attempt == MAX_APPEND_ATTEMPTS) {
            throw e;
          }
          // Another console appended this seq first: chain onto its row instead.
        }
      }
    }
  }

  /** The newest {@code limit} rows, oldest first. */
  public List<AuditEntry> latest(int limit) throws SQLException {
    List<AuditEntry> rows = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement select =
            c.prepareStatement("SELECT " + COLUMNS + " FROM audit ORDER BY seq DESC LIMIT ?")) {
      select.setInt(1, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.addFirst(read(rs));
        }
      }
    }
    return rows;
  }

  /** Reads this log's rows by user, kind and time. */
  public AuditSearch search() {
    return new AuditSearch(database);
  }

  /** Checks this log's chain. */
  public AuditVerifier verifier() {
    return new AuditVerifier(database);
  }

  /** The last row of the chain, if any. */
  public Optional<AuditEntry> last() throws SQLException {
    List<AuditEntry> rows = latest(1);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
  }

  private <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static AuditEntry next(Optional<AuditEntry> last, AuditRecord record) {
    long seq = last.map(AuditEntry::seq).orElse(0L) + 1;
    String prevHash = last.map(AuditEntry::hash).orElse(AuditHash.GENESIS);
    return new AuditEntry(seq, record, prevHash, AuditHash.of(seq, record, prevHash));
  }

  private static Optional<AuditEntry> lastRow(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT " + COLUMNS + " FROM audit ORDER BY seq DESC LIMIT 1");
        ResultSet rs = select.executeQuery()) {
      return rs.next() ? Optional.of(read(rs)) : Optional.empty();
    }
  }

  private static void insert(Connection c, AuditEntry entry) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      AuditRecord record = entry.record();
      insert.setLong(1, entry.seq());
      insert.setLong(2, record.at().toEpochMilli());
      insert.setString(3, record.actor());
      insert.setString(4, record.action());
      insert.setString(5, record.subject());
      insert.setString(6, record.beforeJson());
      insert.setString(7, record.afterJson());
      insert.setString(8, entry.prevHash());
      insert.setString(9, entry.hash());
      insert.executeUpdate();
    }
  }

  private static void writeHead(Connection c, AuditEntry entry) throws SQLException {
    try (PreparedStatement merge =
        c.prepareStatement(
            "MERGE INTO audit_head (id, last_seq, last_hash) KEY (id) VALUES (1, ?, ?)")) {
      merge.setLong(1, entry.seq());
      merge.setString(2, entry.hash());
      merge.executeUpdate();
    }
  }

  /** Reads a row selected with the columns in their table order. */
  static AuditEntry read(ResultSet rs) throws SQLException {
    AuditRecord record =
        new AuditRecord(
            Instant.ofEpochMilli(rs.getLong(2)),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7));
    return new AuditEntry(rs.getLong(1), record, rs.getString(8), rs.getString(9));
  }

  static String columns() {
    return COLUMNS;
  }
}
