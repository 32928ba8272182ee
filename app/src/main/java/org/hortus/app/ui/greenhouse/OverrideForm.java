package org.hortus.app.ui.greenhouse;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.ShownAs;
import org.hortus.app.ui.overview.Numbers;
import org.hortus.model.control.Actuator;

/**
 * The manual override: actuator, value, duration and a reason, checked in the form, confirmed in a
 * dialog, then saved by the override service on the background executor (which checks the user's
 * role) and handed to the runtime at once. The outcome, or the refusal in words, shows in {@code
 * #override-status}. FX thread only.
 */
final class OverrideForm extends VBox {

  static final List<Integer> MINUTES = List.of(15, 30, 60, 120);
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  private final ConsoleContext context;
  private final Messages messages;
  private final Supplier<String> greenhouseId;
  private final Numbers numbers;
  private final ComboBox<Actuator> actuator = new ComboBox<>();
  private final TextField value = new TextField();
  private final Label unit = new Label();
  private final ComboBox<Integer> duration = new ComboBox<>();
  private final TextField reason = new TextField();
  private final Button apply = new Button();
  private final Label status = new Label();
  private final DateTimeFormatter time;

  OverrideForm(ConsoleContext context, Supplier<String> greenhouseId) {
    super(6);
    this.context = context;
    this.messages = context.messages();
    this.greenhouseId = greenhouseId;
    this.numbers = new Numbers(messages, "greenhouse.none");
    ZoneId zone = context.runtime().park().site().zone();
    this.time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(messages.locale())
            .withZone(zone);
    actuator.setId("override-actuator");
    actuator.getItems().setAll(Actuator.values());
    actuator.setConverter(ShownAs.words(a -> ActuatorTable.name(messages, a)));
    actuator.valueProperty().subscribe(a -> unit.setText(a == null ? "" : a.unit()));
    actuator.setValue(Actuator.LEE_VENT);
    value.setId("override-value");
    value.setPrefColumnCount(5);
    duration.setId("override-duration");
    duration.getItems().setAll(MINUTES);
    duration.setConverter(ShownAs.words(m -> messages.text("greenhouse.override.minutes", m)));
    duration.setValue(30);
    reason.setId("override-reason");
    reason.setPromptText(messages.text("greenhouse.override.reason.prompt"));
    HBox.setHgrow(reason, Priority.ALWAYS);
    apply.setId("override-apply");
    apply.setText(messages.text("greenhouse.override.apply"));
    apply.setOnAction(e -> confirm());
    status.setId("override-status");
    status.getStyleClass().add("override-status");
    status.setWrapText(true);
    Label title = new Label(messages.text("greenhouse.override.title"));
    title.getStyleClass().add("section-title");
    HBox fields =
        new HBox(
            8,
            actuator,
            new Label(messages.text("greenhouse.override.to")),
            value,
            unit,
            new Label(messages.text("greenhouse.override.for")),
            duration,
            new Label(messages.text("greenhouse.override.because")),
            reason,
            apply);
    fields.setAlignment(Pos.BASELINE_LEFT);
    getChildren().addAll(title, fields, status);
    getStyleClass().add("override-form");
    setPadding(new Insets(8, 0, 0, 0));
  }

  private void confirm() {
    OverrideRequest.Checked checked =
        OverrideRequest.check(
            messages,
            greenhouseId.get(),
            actuator.getValue(),
            value.getText(),
            duration.getValue(),
            reason.getText());
    switch (checked) {
      case OverrideRequest.Invalid invalid -> report(invalid.problem(), true);
      case OverrideRequest.Valid valid -> ask(valid.request());
    }
  }

  private void ask(OverrideRequest request) {
    Instant until = Instant.now().plus(request.duration());
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(getScene().getWindow());
    alert.getDialogPane().setId("override-confirm");
    alert.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
    alert.setTitle(messages.text("greenhouse.override.confirm.title"));
    alert.setHeaderText(
        messages.text(
            "greenhouse.override.confirm.header",
            ActuatorTable.name(messages, request.actuator()),
            request.greenhouseId()));
    alert.setContentText(
        messages.text(
            "greenhouse.override.confirm.text",
            valueText(request),
            request.actuator().unit(),
            request.duration().toMinutes(),
            time.format(until),
            request.reason()));
    alert.setOnHidden(
        e -> {
          if (alert.getResult() == ButtonType.OK) {
            submit(request);
          } else {
            report(messages.text("greenhouse.override.cancelled"), false);
          }
        });
    alert.show();
  }

  private String valueText(OverrideRequest request) {
    return numbers.format(request.value(), request.actuator() == Actuator.LAMPS ? 0 : 1);
  }

  private void submit(OverrideRequest request) {
    apply.setDisable(true);
    report(messages.text("greenhouse.override.saving"), false);
    String shown = valueText(request);
    try {
      context.background().execute(() -> save(request, shown));
    } catch (RejectedExecutionException e) {
      apply.setDisable(false);
      report(messages.text("greenhouse.override.failed", e.getMessage()), true);
    }
  }

  /** On the background executor: the service checks the role, writes, and audits. */
  private void save(OverrideRequest request, String shownValue) {
    String outcome;
    boolean error = true;
    try {
      Instant now = Instant.now();
      Instant until = now.plus(request.duration());
      context
          .overrides()
          .set(
              context.session(),
              request.greenhouseId(),
              request.actuator(),
              request.value(),
              until,
              request.reason(),
              now);
      context.park().reloadOverrides();
      outcome =
          messages.text(
              "greenhouse.override.done",
              ActuatorTable.name(messages, request.actuator()),
              request.greenhouseId(),
              shownValue,
              request.actuator().unit(),
              time.format(until));
      error = false;
    } catch (AccessDeniedException e) {
      outcome =
          messages.text(
              "greenhouse.override.refused",
              e.session().username(),
              messages.text("role." + e.session().role().label()),
              messages.text("permission." + e.refused().name().toLowerCase(java.util.Locale.ROOT)));
    } catch (SQLException | RuntimeException e) {
      outcome = messages.text("greenhouse.override.failed", String.valueOf(e.getMessage()));
    }
    String text = outcome;
    boolean failed = error;
    context
        .fx()
        .execute(
            () -> {
              apply.setDisable(false);
              report(text, failed);
            });
  }

  private void report(String text, boolean error) {
    status.setText(text);
    status.pseudoClassStateChanged(ERROR, error);
  }
}
