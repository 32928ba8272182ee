package org.hortus.app.ui.alarms;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hortus.app.audit.AuditJson;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.security.Authorizer;
import org.hortus.app.security.Permission;
import org.hortus.app.security.Session;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.Messages;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmTransition;

/**
 * Acknowledge and shelve for the selected alarm, each with a required comment (what was done or
 * seen) and, for a shelf, how long. Both check the user's role (HANDLE_ALARM) and run on the
 * background executor; the outcome comes back in the status line, and an act that changed the
 * alarm is also written to the audit log under the user's name.
 */
final class AlarmActions {

  static final List<Duration> SHELF_LENGTHS = List.of(
      Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24));

  private enum Act { ACKNOWLEDGE, SHELVE }

  private final ConsoleContext context;
  private final Messages messages;
  private final Supplier<Optional<AlarmSnapshot>> selected;
  private final Runnable refresh;
  private final TextField comment = new TextField();
  private final ComboBox<Duration> shelfLength = new ComboBox<>();
  private final Button acknowledge;
  private final Button shelve;
  private final Label status = new Label();
  private final VBox root = new VBox(6);

  AlarmActions(ConsoleContext context, Supplier<Optional<AlarmSnapshot>> selected, Runnable refresh) {
    this.context = context;
    this.messages = context.messages();
    this.selected = selected;
    this.refresh = refresh;
    comment.setId("alarms-comment");
    comment.setPromptText(messages.text("alarms.comment.prompt"));
    HBox.setHgrow(comment, Priority.ALWAYS);
    shelfLength.setId("alarms-shelf-length");
    shelfLength.getItems().setAll(SHELF_LENGTHS);
    shelfLength.setValue(Duration.ofHours(1));
    shelfLength.setCellFactory(v -> new LengthCell());
    shelfLength.setButtonCell(new LengthCell());
    acknowledge = new Button(messages.text("alarms.acknowledge"));
    acknowledge.setId("alarms-acknowledge");
    acknowledge.setOnAction(e -> act(Act.ACKNOWLEDGE));
    shelve = new Button(messages.text("alarms.shelve"));
    shelve.setId("alarms-shelve");
    shelve.setOnAction(e -> act(Act.SHELVE));
    status.setId("alarms-status");
    status.setWrapText(true);
    HBox row = new HBox(8, new Label(messages.text("alarms.comment")), comment, acknowledge,
        new Label(messages.text("alarms.shelf.length")), shelfLength, shelve);
    row.setAlignment(Pos.CENTER_LEFT);
    root.getChildren().addAll(row, status);
    root.getStyleClass().add("alarm-actions");
  }

  private void act(Act act) {
    Optional<AlarmSnapshot> alarm = selected.get();
    String text = comment.getText().strip();
    if (alarm.isEmpty()) {
      status.setText(messages.text("alarms.action.select"));
      return;
    } else if (text.isEmpty()) {
      status.setText(messages.text("alarms.action.comment"));
      comment.requestFocus();
      return;
    }
    String alarmId = alarm.get().alarmId();
    Duration length = shelfLength.getValue();
    Session session = context.session();
    setBusy(true);
    context.background().execute(() -> {
      boolean done = false;
      String outcome;
      try {
        Authorizer.require(session, Permission.HANDLE_ALARM);
        done = act == Act.ACKNOWLEDGE ? acknowledge(session, alarmId, text) : shelve(session, alarmId, text, length);
        outcome = messages.text(done ? doneKey(act) : "alarms.action.nothing", alarmId);
      } catch (AccessDeniedException e) {
        outcome = messages.text("alarms.denied", e.session().username(), messages.text("role." + e.session().role().label()));
      } catch (SQLException e) {
        outcome = messages.text("alarms.error.database", e.getMessage());
      } catch (RuntimeException e) {
        outcome = messages.text("alarms.error.other", e.getMessage());
      }
      String shown = outcome;
      boolean changed = done;
      context.fx().execute(() -> {
        setBusy(false);
        status.setText(shown);
        if (changed) {
          comment.clear();
        }
        refresh.run();
      });
    });
  }

  private static String doneKey(Act act) {
    return act == Act.ACKNOWLEDGE ? "alarms.acknowledge.done" : "alarms.shelve.done";
  }

  private boolean acknowledge(Session session, String alarmId, String text) throws SQLException {
    Instant now = Instant.now();
    List<AlarmTransition> transitions = context.alarms().acknowledge(alarmId, session.username(), text);
    boolean done = transitions.stream().anyMatch(t -> t.cause() == AlarmTransition.Cause.ACKNOWLEDGE);
    if (done) {
      audit(now, session, "alarm.ack", alarmId, AuditJson.object().put("comment", text));
    }
    return done;
  }

  private boolean shelve(Session session, String alarmId, String text, Duration length) throws SQLException {
    Instant now = Instant.now();
    Instant until = now.plus(length);
    List<AlarmTransition> transitions = context.alarms().shelve(alarmId, session.username(), until, text);
    boolean done = transitions.stream().anyMatch(t -> t.cause() == AlarmTransition.Cause.SHELVE);
    if (done) {
      audit(now, session, "alarm.shelve", alarmId, AuditJson.object().put("until", until.toString()).put("reason", text));
    }
    return done;
  }

  private void audit(Instant now, Session session, String action, String alarmId, AuditJson after) throws SQLException {
    new AuditLog(context.database()).append(
        new AuditRecord(now, session.username(), action, "alarm:" + alarmId, AuditJson.NONE, after.toString()));
  }

  private void setBusy(boolean busy) {
    acknowledge.setDisable(busy);
    shelve.setDisable(busy);
  }

  Parent root() {
    return root;
  }

  private final class LengthCell extends ListCell<Duration> {
    @Override
    protected void updateItem(Duration length, boolean empty) {
      super.updateItem(length, empty);
      setText(empty || length == null ? null
          : length.toHours() < 1 ? messages.text("alarms.shelf.minutes", length.toMinutes())
          : messages.text("alarms.shelf.hours", length.toHours()));
    }
  }
}
