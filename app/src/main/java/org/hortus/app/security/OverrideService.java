package org.hortus.app.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.hortus.app.audit.AuditJson;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ManualOverride;

/**
 * Sets and clears manual actuator overrides for a session with {@link
 * Permission#OVERRIDE_ACTUATOR}, in the {@code manual_override} table that {@link
 * org.hortus.app.store.OverrideStore} reads back after a restart. The override row and its audit
 * row commit in one transaction; the override carries the session's user, never a name passed in.
 * Stateless; thread-safe.
 */
public final class OverrideService {

  private static final String COLUMNS =
      "id, greenhouse_id, actuator, val, set_at, expires_at, set_by, reason, cleared_at";

  private final AuditLog audit;

  public OverrideService(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * Overrides {@code actuator} in {@code greenhouseId} with {@code value} until {@code expires};
   * returns the override's id. The audit row's before state is the override it supersedes, if one
   * was active.
   */
  public long set(
      Session actor,
      String greenhouseId,
      Actuator actuator,
      double value,
      Instant expires,
      String reason,
      Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.OVERRIDE_ACTUATOR);
    if (!expires.isAfter(now) || reason.isBlank() || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "an override needs a finite value, an expiry after now and a reason");
    }
    ManualOverride override =
        new ManualOverride(actuator, value, expires, actor.username(), reason);
    return audit.commit(
        c -> {
          String before = active(c, greenhouseId, actuator, now).orElse(AuditJson.NONE);
          long id = insert(c, greenhouseId, override, now);
          String after = json(id, greenhouseId, override, now).toString();
          return Audited.of(id, record(actor, now, "override.set", greenhouseId, before, after));
        });
  }

  /**
   * Ends override {@code id} now.
   *
   * @throws IllegalArgumentException when there is no such override, or it is no longer active
   */
  public void clear(Session actor, long id, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.OVERRIDE_ACTUATOR);
    audit.commit(
        c -> {
          String greenhouseId;
          AuditJson before;
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM manual_override WHERE id = ? AND cleared_at IS NULL"
                      + " AND expires_at > ? FOR UPDATE")) {
            select.setLong(1, id);
            select.setLong(2, now.toEpochMilli());
            try (ResultSet rs = select.executeQuery()) {
              if (!rs.next()) {
                throw new IllegalArgumentException("no active override " + id);
              }
              greenhouseId = rs.getString(2);
              before = json(rs);
            }
          }
          try (PreparedStatement update =
              c.prepareStatement("UPDATE manual_override SET cleared_at = ? WHERE id = ?")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, id);
            update.executeUpdate();
          }
          String beforeJson = before.toString();
          String after = before.put("clearedAt", now).toString();
          return Audited.of(
              null, record(actor, now, "override.clear", greenhouseId, beforeJson, after));
        });
  }

  private static Optional<String> active(
      Connection c, String greenhouseId, Actuator actuator, Instant now) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM manual_override WHERE greenhouse_id = ? AND actuator = ?"
                + " AND cleared_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1")) {
      select.setString(1, greenhouseId);
      select.setString(2, actuator.name());
      select.setLong(3, now.toEpochMilli());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(json(rs).toString()) : Optional.empty();
      }
    }
  }

  /** The same insert as {@code OverrideStore.save}, on the caller's transaction. */
  private static long insert(Connection c, String greenhouseId, ManualOverride o, Instant setAt)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO manual_override (greenhouse_id, actuator, val, set_at, expires_at,"
                + " set_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, greenhouseId);
      insert.setString(2, o.actuator().name());
      insert.setDouble(3, o.value());
      insert.setLong(4, setAt.toEpochMilli());
      insert.setLong(5, o.expires().toEpochMilli());
      insert.setString(6, o.user());
      insert.setString(7, o.reason());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static AuditJson json(long id, String greenhouseId, ManualOverride o, Instant setAt) {
    return AuditJson.object()
        .put("id", id)
        .put("greenhouse", greenhouseId)
        .put("actuator", o.actuator())
        .put("value", o.value())
        .put("unit", o.actuator().unit())
        .put("setAt", setAt)
        .put("expires", o.expires())
        .put("setBy", o.user())
        .put("reason", o.reason());
  }

  private static AuditJson json(ResultSet rs) throws SQLException {
    ManualOverride o =
        new ManualOverride(
            Actuator.valueOf(rs.getString(3)),
            rs.getDouble(4),
            Instant.ofEpochMilli(rs.getLong(6)),
            rs.getString(7),
            rs.getString(8));
    return json(rs.getLong(1), rs.getString(2), o, Instant.ofEpochMilli(rs.getLong(5)));
  }

  private static AuditRecord record(
      Session actor, Instant now, String action, String greenhouseId, String before, String after) {
    return new AuditRecord(
        now, actor.username(), action, "greenhouse:" + greenhouseId, before, after);
  }
}
