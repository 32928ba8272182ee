package org.hortus.app.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hortus.app.store.Database;

/**
 * Reads audit rows that pass an {@link AuditFilter}, in SQL. A user filter reads the index on
 * (actor, seq), an exact action the one on (action, seq) (V8), in index order, so the newest rows
 * of one user come without sorting the rest; other filters walk the primary key from the newest
 * row. Holds no connection; thread-safe.
 */
public final class AuditSearch {

  /** Receives rows one at a time, so an export holds no more than one in memory. */
  @FunctionalInterface
  public interface RowHandler {
    void row(AuditEntry entry) throws Exception;
  }

  private final Database database;

  public AuditSearch(Database database) {
    this.database = database;
  }

  /** The newest {@code limit} rows passing {@code filter}, newest first. */
  public List<AuditEntry> newest(AuditFilter filter, int limit) throws SQLException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    List<AuditEntry> rows = new ArrayList<>();
    try {
      run(filter, true, limit, rows::add);
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // rows::add throws nothing checked
    }
    return rows;
  }

  /**
   * Hands every row passing {@code filter} to {@code handler}, oldest first, and returns how many.
   * An exception from the handler stops the reading and is thrown on.
   */
  public long each(AuditFilter filter, RowHandler handler) throws Exception {
    return run(filter, false, 0, handler);
  }

  /** The users who appear in the log, by name. */
  public List<String> actors() throws SQLException {
    return distinct("actor");
  }

  /** The actions that appear in the log, by name. */
  public List<String> actions() throws SQLException {
    return distinct("action");
  }

  private List<String> distinct(String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT DISTINCT " + column + " FROM audit ORDER BY " + column);
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private long run(AuditFilter filter, boolean newestFirst, int limit, RowHandler handler)
      throws Exception {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(AuditLog.columns()).append(" FROM audit WHERE TRUE");
    filter.actor().ifPresent(a -> {
      sql.append(" AND actor = ?");
      parameters.add(a);
    });
    filter.kind().ifPresent(k -> {
      if (filter.kindIsPrefix()) {
        // LEFT(...) and not LIKE: a group such as user. is common, and walking the primary key
        // from the newest row finds a page of it sooner than reading all of it through the index.
        sql.append(" AND LEFT(action, ?) = ?");
        parameters.add(k.length());
      } else {
        sql.append(" AND action = ?");
      }
      parameters.add(k);
    });
    filter.from().ifPresent(f -> {
      sql.append(" AND at >= ?");
      parameters.add(f.toEpochMilli());
    });
    filter.to().ifPresent(t -> {
      sql.append(" AND at < ?");
      parameters.add(t.toEpochMilli());
    });
    sql.append(" ORDER BY ").append(order(filter, newestFirst ? " DESC" : ""));
    if (limit > 0) {
      sql.append(" LIMIT ?");
      parameters.add(limit);
    }
    long count = 0;
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          handler.row(AuditLog.read(rs));
          count++;
        }
      }
    }
    return count;
  }

  /**
   * Seq order, written with the filtered column first when one index serves it: the column is
   * fixed by the filter, so the order is the same, and H2 then reads the index in order instead
   * of sorting every match.
   */
  private static String order(AuditFilter filter, String direction) {
    if (filter.actor().isPresent()) {
      return "actor, seq" + direction;
    }
    if (filter.kind().isPresent() && !filter.kindIsPrefix()) {
      return "action, seq" + direction;
    }
    return "seq" + direction;
  }
}
