package org.hortus.app.ui.alarms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hortus.app.alarm.AlarmStore;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.Messages;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmTransition;

/**
 * The alarm history: every stored transition between two dates (whole local days), filtered by
 * priority and by a text found in the alarm, message, user or comment; newest first, at most
 * {@link #MAX_ROWS} rows. The search reads the database on the background executor; a new search
 * drops the answer of the one before.
 */
final class AlarmHistoryPane {

  static final int MAX_ROWS = 5_000;

  private final ConsoleContext context;
  private final Messages messages;
  private final AlarmTexts texts;
  private final ZoneId zone;
  private final DatePicker from = new DatePicker(LocalDate.now().minusDays(7));
  private final DatePicker to = new DatePicker(LocalDate.now());
  private final ComboBox<Optional<AlarmPriority>> priority = new ComboBox<>();
  private final TextField text = new TextField();
  private final TableView<AlarmTransition> table = new TableView<>();
  private final ProgressIndicator progress = new ProgressIndicator();
  private final Label status = new Label();
  private final Button cancel;
  private final AtomicLong searches = new AtomicLong();
  private final VBox root = new VBox(8);

  AlarmHistoryPane(ConsoleContext context, AlarmTexts texts, ZoneId zone) {
    this.context = context;
    this.messages = context.messages();
    this.texts = texts;
    this.zone = zone;
    this.cancel = new Button(messages.text("alarms.history.cancel"));
    from.setId("alarms-history-from");
    to.setId("alarms-history-to");
    priority.setId("alarms-history-priority");
    priority.getItems().add(Optional.empty());
    for (int i = AlarmPriority.values().length - 1; i >= 0; i--) {
      priority.getItems().add(Optional.of(AlarmPriority.values()[i]));
    }
    priority.setValue(Optional.empty());
    priority.setCellFactory(v -> new PriorityCell());
    priority.setButtonCell(new PriorityCell());
    text.setId("alarms-history-text");
    text.setPromptText(messages.text("alarms.history.text.prompt"));
    Button search = new Button(messages.text("alarms.history.search"));
    search.setId("alarms-history-search");
    search.setOnAction(e -> search());
    text.setOnAction(e -> search());
    progress.setPrefSize(20, 20);
    cancel.setId("alarms-history-cancel");
    cancel.setOnAction(e -> cancel());
    cancel.visibleProperty().bind(progress.visibleProperty());
    progress.setVisible(false);
    status.setId("alarms-history-status");
    HBox filters = new HBox(8, new Label(messages.text("alarms.history.from")), from,
        new Label(messages.text("alarms.history.to")), to, priority, text, search, progress, cancel);
    filters.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(text, Priority.ALWAYS);
    table.setId("alarms-history-table");
    table.setPlaceholder(new Label(messages.text("alarms.history.none")));
    table.getColumns().add(column("alarms.column.time", 150, t -> texts.time(t.at())));
    table.getColumns().add(column("alarms.column.priority", 80, t -> texts.priority(t.priority())));
    table.getColumns().add(column("alarms.column.alarm", 200, AlarmTransition::alarmId));
    table.getColumns().add(column("alarms.column.change", 230,
        t -> messages.text("alarms.history.change", texts.state(t.from()), texts.state(t.to()))));
    table.getColumns().add(column("alarms.column.message", 300, t -> texts.words(t.words())));
    table.getColumns().add(column("alarms.column.user", 90, t -> t.user().orElse("")));
    table.getColumns().add(column("alarms.column.comment", 200, t -> t.comment().orElse("")));
    VBox.setVgrow(table, Priority.ALWAYS);
    root.getChildren().addAll(filters, table, status);
    root.setPadding(new Insets(8, 0, 0, 0));
  }

  private TableColumn<AlarmTransition, String> column(String key, double width, Function<AlarmTransition, String> value) {
    TableColumn<AlarmTransition, String> column = new TableColumn<>(messages.text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  /** Searches with the filters as set; FX thread. */
  void search() {
    LocalDate first = from.getValue() == null ? LocalDate.now() : from.getValue();
    LocalDate last = to.getValue() == null ? LocalDate.now() : to.getValue();
    if (last.isBefore(first)) {
      status.setText(messages.text("alarms.history.dates"));
      return;
    }
    var start = first.atStartOfDay(zone).toInstant();
    var end = last.plusDays(1).atStartOfDay(zone).toInstant();
    Optional<AlarmPriority> wantedPriority = priority.getValue() == null ? Optional.empty() : priority.getValue();
    String wantedText = text.getText().strip().toLowerCase(Locale.ROOT);
    long mine = searches.incrementAndGet();
    progress.setVisible(true);
    status.setText(messages.text("alarms.history.busy"));
    AlarmStore store = new AlarmStore(context.database());
    context.background().execute(() -> {
      try {
        List<AlarmTransition> found = store.between(start, end).reversed().stream()
            .filter(t -> wantedPriority.map(p -> p == t.priority()).orElse(true))
            .filter(t -> wantedText.isEmpty() || matches(t, wantedText))
            .toList();
        context.fx().execute(() -> show(mine, found));
      } catch (Exception e) {
        context.fx().execute(() -> failed(mine, e));
      }
    });
  }

  /** Drops the running search: its answer is not shown. */
  void cancel() {
    searches.incrementAndGet();
    progress.setVisible(false);
    status.setText(messages.text("alarms.history.cancelled"));
  }

  /** Whether the text is in the alarm, its message (as shown or in English), user or comment. */
  private boolean matches(AlarmTransition t, String wanted) {
    return (t.alarmId() + "\n" + texts.words(t.words()) + "\n" + t.message() + "\n" + t.user().orElse("")
        + "\n" + t.comment().orElse(""))
        .toLowerCase(Locale.ROOT).contains(wanted);
  }

  private void show(long search, List<AlarmTransition> found) {
    if (search != searches.get()) {
      return;
    }
    progress.setVisible(false);
    table.getItems().setAll(found.size() > MAX_ROWS ? found.subList(0, MAX_ROWS) : found);
    status.setText(found.size() > MAX_ROWS
        ? messages.text("alarms.history.capped", MAX_ROWS, found.size())
        : messages.text("alarms.history.found", found.size()));
  }

  private void failed(long search, Exception e) {
    if (search != searches.get()) {
      return;
    }
    progress.setVisible(false);
    status.setText(messages.text("alarms.error.database", e.getMessage()));
  }

  List<AlarmTransition> shown() {
    return List.copyOf(table.getItems());
  }

  Parent root() {
    return root;
  }

  private final class PriorityCell extends ListCell<Optional<AlarmPriority>> {
    @Override
    protected void updateItem(Optional<AlarmPriority> value, boolean empty) {
      super.updateItem(value, empty);
      setText(empty || value == null ? null
          : value.map(texts::priority).orElse(messages.text("alarms.history.priority.all")));
    }
  }
}
