package org.hortus.app.ui.trends;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hortus.app.ui.Messages;

/**
 * The notes of the shown range as a list (a click centres the chart on one) and the form that
 * adds a note: a time (empty means now; a right click on the chart fills it in) and a text. FX
 * thread only; storing is the page's work.
 */
final class NotesPanel {

  private final ListView<TrendNote> list = new ListView<>();
  private final TextField time = new TextField();
  private final TextField text = new TextField();
  private final VBox root = new VBox(6);
  private final DateTimeFormatter timeFormat;
  private final Messages messages;

  /** A time written as the field wants it (now), shown instead of the pattern's letters. */
  String example() {
    return timeFormat.format(Instant.now());
  }

  NotesPanel(Messages messages, ZoneId zone, Runnable add, Consumer<TrendNote> open) {
    this.messages = messages;
    this.timeFormat = DateTimeFormatter.ofPattern(messages.text("trends.note.time.pattern"), messages.locale())
        .withZone(zone);
    Label title = new Label(messages.text("trends.notes"));
    title.getStyleClass().add("section-title");
    list.setId("trends-notes");
    list.setPlaceholder(new Label(messages.text("trends.notes.none")));
    list.setCellFactory(v -> new NoteCell());
    list.getSelectionModel().selectedItemProperty().addListener((o, was, note) -> {
      if (note != null) {
        open.accept(note);
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    time.setId("trends-note-time");
    time.setPromptText(messages.text("trends.note.time.prompt", example()));
    text.setId("trends-note-text");
    text.setPromptText(messages.text("trends.note.text.prompt"));
    Button addButton = new Button(messages.text("trends.note.add"));
    addButton.setId("trends-note-add");
    addButton.setMaxWidth(Double.MAX_VALUE);
    addButton.setOnAction(e -> add.run());
    text.setOnAction(e -> add.run());
    Label form = new Label(messages.text("trends.note.new"));
    form.setWrapText(true);
    root.getChildren().addAll(title, list, form, time, text, addButton);
    root.setPrefWidth(280);
    root.getStyleClass().add("trend-notes");
  }

  /** The time written in the form; empty for "now". */
  Optional<Instant> writtenTime() throws DateTimeParseException {
    String written = time.getText().strip();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LocalDateTime.parse(written, timeFormat).atZone(timeFormat.getZone()).toInstant());
  }

  /** The note's text as written, without surrounding blanks. */
  String writtenText() {
    return text.getText().strip();
  }

  /** Fills the form's time, e.g. from a right click on the chart. */
  void setTime(Instant at) {
    time.setText(timeFormat.format(at));
  }

  /** Empties the form after a note was stored. */
  void clearForm() {
    time.clear();
    text.clear();
  }

  void show(List<TrendNote> notes) {
    list.getItems().setAll(notes);
  }

  List<TrendNote> shown() {
    return List.copyOf(list.getItems());
  }

  String format(Instant at) {
    return timeFormat.format(at);
  }

  Parent root() {
    return root;
  }

  private final class NoteCell extends ListCell<TrendNote> {
    @Override
    protected void updateItem(TrendNote note, boolean empty) {
      super.updateItem(note, empty);
      setText(empty || note == null ? null
          : messages.text("trends.note.item", timeFormat.format(note.at()), note.text(), note.user()));
      setWrapText(true);
      setPrefWidth(0);
    }
  }
}
