package org.hortus.app.cli;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditedChange;
import org.hortus.app.security.Authorizer;
import org.hortus.app.security.Permission;
import org.hortus.app.security.Session;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.Database;
import org.hortus.app.store.HeartbeatStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hortus alarms ack ID --comment … --as USER}: queues an acknowledgement for the running
 * park's alarm engine, after checking the user may handle alarms; the request is audited in the
 * same transaction. The engine carries it out within a second and stores the transition.
 */
@Command(name = "ack", mixinStandardHelpOptions = true,
    description = "Acknowledge an alarm (password from HORTUS_PASSWORD or stdin).")
final class AlarmsAckCommand extends UsersCommand.DatabaseCommand {

  @Parameters(paramLabel = "ID", description = "The alarm id, e.g. park.flood.")
  String alarmId;

  @Option(names = "--comment", required = true, description = "What was done or seen.")
  String comment;

  @Option(names = "--as", required = true, paramLabel = "USER", description = "Who acknowledges.")
  String actingUser;

  @Override
  int run(Database db, UsersCommand.Secrets secrets) throws Exception {
    AuditLog audit = new AuditLog(db);
    Session session = UsersCommand.login(db, audit, secrets, actingUser);
    Authorizer.require(session, Permission.HANDLE_ALARM);
    if (comment.isBlank()) {
      throw new IllegalArgumentException("--comment must say what was done or seen");
    }
    Instant now = Instant.now();
    audit.commit((AuditedChange<Void>) connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO alarm_command (alarm_id, command, user_name, user_comment, requested_at) VALUES (?, 'ACK', ?, ?, ?)")) {
        insert.setString(1, alarmId);
        insert.setString(2, session.username());
        insert.setString(3, comment);
        insert.setLong(4, now.toEpochMilli());
        insert.executeUpdate();
      }
      return AuditedChange.Audited.of(null, new AuditRecord(now, session.username(), "alarm.ack", "alarm:" + alarmId,
          "null", "{\"comment\":" + quote(comment) + "}"));
    });
    Optional<Instant> beat = new HeartbeatStore(db).lastBeat(HeadlessPark.RUNTIME_ID);
    boolean running = beat.isPresent() && Duration.between(beat.get(), now).abs().toSeconds() < 10;
    out().printf("acknowledgement of %s queued%s%n", alarmId,
        running ? " for the running park" : "; no park is running now, it is carried out when one starts");
    return 0;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
