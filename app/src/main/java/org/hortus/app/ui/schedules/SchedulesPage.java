package org.hortus.app.ui.schedules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.schedule.CurrentInterlocks;
import org.hortus.app.schedule.SavedSchedule;
import org.hortus.app.schedule.ScheduleService;
import org.hortus.app.schedule.ScheduleStore;
import org.hortus.app.security.Permission;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.ConsolePage;
import org.hortus.app.ui.Messages;
import org.hortus.model.park.Park;
import org.hortus.model.schedule.InterlockPeriod;
import org.hortus.model.schedule.Schedule;

/**
 * The schedules page: the irrigation and ventilation schedules as a table (filtered by greenhouse)
 * and as a day timeline, and the editor with its conflicts. Everyone who may view sees them; only a
 * role with {@link Permission#EDIT_SCHEDULE} gets working editing controls (the service checks
 * again). Saving with conflicts asks for confirmation first.
 *
 * <p>Threads: built and updated on the FX thread. Reading, saving, switching and deleting run on
 * the background executor through the {@link ScheduleService}; after a change the park hands the
 * stored schedules to the runtime at once ({@code reloadSchedules}) and the page reloads. The
 * conflict check and the timeline are in-memory calculations on the FX thread; the interlocks
 * come from the runtime's last scans. Nothing runs on its own: {@link ConsolePage#stop} only
 * makes late background results be dropped.
 */
public final class SchedulesPage {

  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  private final ConsoleContext context;
  private final Messages messages;
  private final Park park;
  private final ZoneId zone;
  private final ScheduleService service;
  private final ScheduleTexts texts;
  private final boolean mayEdit;
  private final BorderPane root = new BorderPane();
  private final ScheduleTable table;
  private final DayTimeline timeline;
  private final ScheduleEditorViewModel editor;
  private final ScheduleEditorView editorView;
  private final ChoiceBox<String> filter = new ChoiceBox<>();
  private final DatePicker date = new DatePicker();
  private final Label status = new Label();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private List<SavedSchedule> stored = List.of();
  private volatile boolean stopped;

  private SchedulesPage(ConsoleContext context) {
    this.context = context;
    this.messages = context.messages();
    this.park = context.runtime().park();
    this.zone = park.site().zone();
    this.service = new ScheduleService(new ScheduleStore(context.database()), new AuditLog(context.database()), park);
    this.texts = new ScheduleTexts(messages);
    this.mayEdit = context.session().role().permits(Permission.EDIT_SCHEDULE);
    this.table = new ScheduleTable(texts);
    this.timeline = new DayTimeline(texts);
    this.editor = new ScheduleEditorViewModel(texts, park, () -> stored, this::interlocks, this::today);
    this.editorView = new ScheduleEditorView(editor, texts, park, mayEdit);
    editorView.save.disableProperty().unbind();
    editorView.save.disableProperty().bind(editor.valid().not().or(busy));
    editor.startNew(ScheduleKind.IRRIGATION);

    root.setId("schedules-page");
    root.getStyleClass().add("schedules-page");
    root.getStylesheets().add(Objects.requireNonNull(
        SchedulesPage.class.getResource("/org/hortus/assets/theme/pages/schedules.css")).toExternalForm());
    root.setTop(header());
    ScrollPane side = new ScrollPane(editorView);
    side.setFitToWidth(true);
    side.setId("schedules-editor-scroll");
    SplitPane body = new SplitPane(center(), side);
    body.setDividerPositions(0.56);
    root.setCenter(body);
    root.setPadding(new Insets(12, 16, 12, 16));

    table.selected().subscribe(selected -> {
      if (selected != null) {
        editor.edit(selected);
        report("", false);
      }
    });
    editorView.save.setOnAction(e -> confirmSave());
    editorView.cancel.setOnAction(e -> {
      table.node().getSelectionModel().clearSelection();
      editor.startNew(editor.kind.get());
      editorView.status.setText("");
    });
    load(null, null);
  }

  /** Builds the page for the signed-in user. */
  public static ConsolePage build(ConsoleContext context) {
    SchedulesPage page = new SchedulesPage(context);
    return ConsolePage.of(page.root, () -> page.stopped = true);
  }

  private HBox header() {
    Label title = new Label(messages.text("schedules.title"));
    title.getStyleClass().add("page-title");
    filter.setId("schedules-filter");
    filter.getItems().add("");
    park.greenhouses().forEach(g -> filter.getItems().add(g.id()));
    filter.setConverter(new StringConverter<>() {
      @Override
      public String toString(String id) {
        return id == null || id.isEmpty() ? messages.text("schedules.filter.all") : id;
      }

      @Override
      public String fromString(String text) {
        throw new UnsupportedOperationException("not editable");
      }
    });
    filter.setValue("");
    filter.valueProperty().subscribe(v -> show());
    Button newIrrigation = button("schedules-new-irrigation", "schedules.new.irrigation", () -> startNew(ScheduleKind.IRRIGATION));
    Button newVentilation = button("schedules-new-ventilation", "schedules.new.ventilation", () -> startNew(ScheduleKind.VENTILATION));
    Button enable = button("schedules-enable", "schedules.enable", () -> switchSelected(true));
    Button disable = button("schedules-disable", "schedules.disable", () -> switchSelected(false));
    Button delete = button("schedules-delete", "schedules.delete", this::confirmDelete);
    BooleanBinding locked = busy.or(Bindings.createBooleanBinding(() -> !mayEdit));
    newIrrigation.disableProperty().bind(locked);
    newVentilation.disableProperty().bind(locked);
    enable.disableProperty().bind(locked.or(Bindings.createBooleanBinding(
        () -> table.selected().get() == null || table.selected().get().schedule().enabled(), table.selected())));
    disable.disableProperty().bind(locked.or(Bindings.createBooleanBinding(
        () -> table.selected().get() == null || !table.selected().get().schedule().enabled(), table.selected())));
    delete.disableProperty().bind(locked.or(table.selected().isNull()));
    status.setId("schedules-status");
    status.getStyleClass().add("schedules-status");
    status.setWrapText(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, title, new Label(messages.text("schedules.filter")), filter, spacer,
        newIrrigation, newVentilation, enable, disable, delete);
    if (!mayEdit) {
      Label readOnly = new Label(messages.text("schedules.read.only"));
      readOnly.setId("schedules-read-only");
      readOnly.getStyleClass().add("schedules-read-only");
      header.getChildren().add(3, readOnly);
    }
    header.setAlignment(Pos.CENTER_LEFT);
    header.setPadding(new Insets(0, 0, 8, 0));
    return header;
  }

  private SplitPane center() {
    date.setId("schedules-date");
    date.setConverter(ScheduleEditorView.dateConverter(messages));
    date.setValue(today());
    date.valueProperty().subscribe(d -> show());
    Label dateLabel = new Label(messages.text("schedules.timeline.date"));
    HBox dateRow = new HBox(8, new Label(messages.text("schedules.timeline.title")), dateLabel, date);
    dateRow.setAlignment(Pos.CENTER_LEFT);
    ScrollPane lanes = new ScrollPane(timeline);
    lanes.setFitToWidth(true);
    VBox timelineBox = new VBox(6, dateRow, lanes);
    VBox.setVgrow(lanes, Priority.ALWAYS);
    VBox tableBox = new VBox(6, table.node(), status);
    VBox.setVgrow(table.node(), Priority.ALWAYS);
    SplitPane split = new SplitPane(tableBox, timelineBox);
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.5);
    return split;
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(messages.text(key));
    button.setId(id);
    button.setOnAction(e -> action.run());
    return button;
  }

  private LocalDate today() {
    return LocalDate.now(zone);
  }

  /** The interlocks holding now, from the runtime's last scans (an in-memory read). */
  private List<InterlockPeriod> interlocks() {
    return CurrentInterlocks.from(context.runtime().lastScans(), zone);
  }

  private void startNew(ScheduleKind kind) {
    table.node().getSelectionModel().clearSelection();
    editor.startNew(kind);
    editorView.status.setText("");
  }

  /** Shows the stored schedules as filtered, on the table and the timeline; FX thread. */
  private void show() {
    String house = filter.getValue() == null ? "" : filter.getValue();
    List<SavedSchedule> rows = stored.stream().filter(s -> house.isEmpty() || greenhouseOf(s).equals(house)).toList();
    table.show(rows);
    List<Schedule> schedules = stored.stream().map(SavedSchedule::schedule).toList();
    LocalDate day = date.getValue() == null ? today() : date.getValue();
    timeline.show(TimelinePlan.of(park, schedules, interlocks(), day, id -> house.isEmpty() || id.equals(house)));
    editor.validate();
  }

  private String greenhouseOf(SavedSchedule saved) {
    String target = saved.targetId();
    return park.greenhouses().stream()
        .filter(g -> g.id().equals(target) || g.zones().stream().anyMatch(z -> z.id().equals(target)))
        .map(g -> g.id()).findFirst().orElse(target);
  }

  private void confirmSave() {
    Schedule schedule = editor.schedule().orElse(null);
    if (schedule == null) {
      return;
    }
    long id = editor.id();
    int revision = editor.revision();
    if (editor.conflictCheck().isEmpty()) {
      submit(() -> service.save(context.session(), id, revision, schedule, Instant.now()).id(), "schedules.saved", schedule.name());
      return;
    }
    Alert alert = confirmation("schedule-confirm", "schedules.confirm.title",
        messages.text("schedules.confirm.conflicts", editor.conflictCheck().size()),
        String.join("\n", editor.conflicts()));
    alert.setOnHidden(e -> {
      if (alert.getResult() == ButtonType.OK) {
        submit(() -> service.save(context.session(), id, revision, schedule, Instant.now()).id(), "schedules.saved", schedule.name());
      } else {
        editorView.status.setText(messages.text("schedules.not.saved"));
      }
    });
    alert.show();
  }

  private void confirmDelete() {
    SavedSchedule selected = table.selected().get();
    if (selected == null) {
      return;
    }
    Alert alert = confirmation("schedule-delete-confirm", "schedules.delete.title",
        messages.text("schedules.delete.question", selected.schedule().name()), "");
    alert.setOnHidden(e -> {
      if (alert.getResult() == ButtonType.OK) {
        submit(() -> {
          service.delete(context.session(), selected.id(), selected.revision(), Instant.now());
          return null;
        }, "schedules.deleted", selected.schedule().name());
      }
    });
    alert.show();
  }

  private Alert confirmation(String id, String titleKey, String header, String content) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(root.getScene().getWindow());
    alert.getDialogPane().setId(id);
    alert.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
    alert.setTitle(messages.text(titleKey));
    alert.setHeaderText(header);
    alert.setContentText(content);
    ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.text("schedules.confirm.ok"));
    ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.text("schedules.cancel"));
    return alert;
  }

  private void switchSelected(boolean on) {
    SavedSchedule selected = table.selected().get();
    if (selected != null) {
      submit(() -> service.setEnabled(context.session(), selected.id(), on, Instant.now()).id(),
          on ? "schedules.enabled.done" : "schedules.disabled.done", selected.schedule().name());
    }
  }

  /** A change that returns the id to select afterwards (or null). */
  private interface Change {
    Long run() throws Exception;
  }

  /** Runs a change on the background executor, hands the schedules to the runtime, reloads. */
  private void submit(Change change, String doneKey, String name) {
    busy.set(true);
    report(messages.text("schedules.working"), false);
    try {
      context.background().execute(() -> {
        String outcome;
        boolean failed = false;
        Long select = null;
        try {
          select = change.run();
          context.park().reloadSchedules();
          outcome = messages.text(doneKey, name);
        } catch (Exception e) {
          outcome = ScheduleFailures.text(messages, e);
          failed = true;
        }
        load(select, new Report(outcome, failed));
      });
    } catch (RejectedExecutionException e) {
      afterChange(null, new Report(ScheduleFailures.text(messages, e), true));
    }
  }

  private record Report(String text, boolean failed) {}

  /** Reads the schedules on the background executor, then shows them. */
  private void load(Long select, Report report) {
    Runnable read = () -> {
      List<SavedSchedule> list;
      Report shown = report;
      try {
        list = service.list(context.session());
      } catch (Exception e) {
        list = null;
        shown = new Report(ScheduleFailures.text(messages, e), true);
      }
      List<SavedSchedule> result = list;
      Report outcome = shown;
      context.fx().execute(() -> {
        if (stopped) {
          return;
        }
        if (result != null) {
          stored = result;
          show();
        }
        afterChange(select, outcome);
      });
    };
    try {
      context.background().execute(read);
    } catch (RejectedExecutionException e) {
      report(ScheduleFailures.text(messages, e), true);
    }
  }

  /** FX thread: controls back, the saved schedule selected, the outcome shown. */
  private void afterChange(Long select, Report report) {
    busy.set(false);
    if (report == null) {
      return;
    }
    if (!report.failed() && select != null) {
      table.select(select);
    } else if (!report.failed()) {
      editor.startNew(editor.kind.get());
    }
    report(report.text(), report.failed());
  }

  private void report(String text, boolean error) {
    status.setText(text);
    status.pseudoClassStateChanged(ERROR, error);
    editorView.status.setText(text);
    editorView.status.pseudoClassStateChanged(ERROR, error);
  }
}
