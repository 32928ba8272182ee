package org.hortus.app.ui.trends;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hortus.app.history.Trend;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.Messages;

/**
 * The trends page: points of the park on one chart over a range (presets, zoom, pan), notes on
 * the time axis, the age of each point's last good value, and CSV/PNG export. Code-only; the
 * parts are {@link PointPicker}, {@link TrendChart} with {@link ChartGestures}, {@link
 * NotesPanel}, {@link PointAges} and {@link TrendExports}.
 *
 * <p>Threads: built and driven on the FX thread. Every range change loads the charted points at
 * the chart's pixel width (so at most one value a pixel a series) and the range's notes on the
 * background executor; a new load drops the one before ({@link CancellableWork}). A one-second
 * timeline refreshes the point list and the ages from the in-memory registry; it runs as long as
 * the page exists, as the page does for the signed-in session.
 */
public final class TrendsPage implements ChartGestures.Target {

  private static final Duration SETTLE = Duration.millis(250);

  private final ConsoleContext context;
  private final Messages messages;
  private final BorderPane root = new BorderPane();
  private final TrendChart chart;
  private final PointPicker picker;
  private final PointAges ages;
  private final NotesPanel notes;
  private final CancellableWork loads;
  private final CancellableWork exportWork;
  private final TrendExports exports;
  private final TrendErrors errors;
  private final TrendNoteStore noteStore;
  private final Label status = new Label();
  private final PauseTransition settleTimer = new PauseTransition(SETTLE);
  private final Timeline clock;
  private TrendRange range;

  /** What one load brought: the range, a trend per charted point and the range's notes. */
  private record Loaded(TrendRange range, List<Trend> trends, List<TrendNote> notes) {}

  public TrendsPage(ConsoleContext context) {
    this.context = context;
    this.messages = context.messages();
    ZoneId zone = ZoneId.systemDefault();
    this.errors = new TrendErrors(messages);
    this.noteStore = new TrendNoteStore(context.database());
    this.chart = new TrendChart(new TimeAxis(messages, zone));
    chart.setId("trends-chart");
    this.picker = new PointPicker(messages);
    this.ages = new PointAges(messages);
    this.notes = new NotesPanel(messages, zone, this::addNote, note -> settle(range.centredOn(note.at().toEpochMilli())));
    this.loads = new CancellableWork(context.background(), context.fx());
    this.exportWork = new CancellableWork(context.background(), context.fx());
    this.exports = new TrendExports(exportWork, messages, context::trends,
        () -> new TrendExports.Selection(List.copyOf(picker.chosen()), range), chart, this::showStatus, errors);
    ChartGestures.install(chart, this);
    settleTimer.setOnFinished(e -> load());
    picker.chosen().addListener((ListChangeListener<String>) change -> load());

    status.setId("trends-status");
    status.setWrapText(true);
    VBox.setVgrow(chart, Priority.ALWAYS);
    VBox centre = new VBox(6, chart, ages.root(), status);
    centre.setPadding(new Insets(0, 8, 0, 8));
    Label title = new Label(messages.text("trends.title"));
    title.getStyleClass().add("page-title");
    TrendToolbar toolbar = new TrendToolbar(messages, this, exports.buttons(), loads, exportWork);
    root.setTop(new VBox(8, title, toolbar.root()));
    root.setLeft(picker.root());
    root.setCenter(centre);
    root.setRight(notes.root());
    root.setPadding(new Insets(12, 16, 12, 16));
    root.getStyleClass().add("trends-page");

    clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    clock.setCycleCount(Timeline.INDEFINITE);
    clock.play();
    tick();
    showPreset(RangePreset.DAY);
  }

  private void tick() {
    var latest = context.runtime().registry().snapshot();
    picker.offer(latest.keySet());
    ages.update(latest, picker.chosen(), Instant.now());
  }

  /** Shows a preset range ending now. */
  public void showPreset(RangePreset preset) {
    settleTimer.stop();
    range = TrendRange.ending(Instant.now(), preset.length());
    load();
  }

  /**
   * Zooms by {@code factor} (below 1 zooms in): about the present while the range reaches it, so
   * the newest values stay in sight, else about the middle.
   */
  public void zoom(double factor) {
    long now = Instant.now().toEpochMilli();
    boolean followsNow = range.toMillis() >= now - range.spanMillis() / 50;
    settle(followsNow ? range.zoom(factor, range.toMillis()) : range.zoom(factor));
  }

  /** Pans by a fraction of the range: positive later. */
  public void pan(double fraction) {
    settle(range.pan(fraction));
  }

  @Override
  public TrendRange range() {
    return range;
  }

  @Override
  public void preview(TrendRange shown) {
    range = shown;
    chart.showRange(shown);
  }

  @Override
  public void settle(TrendRange shown) {
    preview(shown);
    settleTimer.playFromStart();
  }

  @Override
  public void pick(Instant at) {
    notes.setTime(at);
  }

  /** Loads the charted points and the notes of the current range; drops a load still running. */
  public void load() {
    settleTimer.stop();
    TrendRange wanted = range;
    List<String> points = List.copyOf(picker.chosen());
    int width = chart.plotWidthPixels();
    chart.showRange(wanted);
    var query = context.trends();
    loads.start(ticket -> {
      List<Trend> trends = new ArrayList<>();
      for (String pointId : points) {
        if (ticket.cancelled()) {
          return null;
        }
        trends.add(query.query(pointId, wanted.from(), wanted.to(), width));
        ticket.progress(trends.size() / (points.size() + 1.0));
      }
      return new Loaded(wanted, trends, noteStore.between(wanted.from(), wanted.to()));
    }, this::show, e -> showStatus(errors.describe(e)));
  }

  private void show(Loaded loaded) {
    chart.showTrends(loaded.trends());
    chart.showNotes(loaded.notes());
    notes.show(loaded.notes());
    if (loaded.trends().isEmpty()) {
      showStatus(messages.text("trends.choose"));
    } else if (loaded.trends().stream().allMatch(t -> t.points().isEmpty())) {
      showStatus(messages.text("trends.empty"));
    } else {
      int drawn = loaded.trends().stream().mapToInt(t -> t.points().size()).sum();
      String source = messages.text("trends.source." + loaded.trends().getFirst().source());
      showStatus(messages.text("trends.loaded", loaded.trends().size(), drawn, source));
    }
  }

  private void addNote() {
    String text = notes.writtenText();
    if (text.isEmpty() || text.length() > TrendNoteStore.MAX_TEXT_LENGTH) {
      showStatus(messages.text("trends.note.text.bad", TrendNoteStore.MAX_TEXT_LENGTH));
      return;
    }
    Instant at;
    try {
      at = notes.writtenTime().orElse(Instant.now());
    } catch (DateTimeParseException e) {
      showStatus(messages.text("trends.note.time.bad", notes.example()));
      return;
    }
    String user = context.session().username();
    context.background().execute(() -> {
      try {
        TrendNote note = noteStore.add(at, text, user, Instant.now());
        context.fx().execute(() -> noteAdded(note));
      } catch (SQLException | RuntimeException e) {
        context.fx().execute(() -> showStatus(errors.describe(e)));
      }
    });
  }

  private void noteAdded(TrendNote note) {
    notes.clearForm();
    showStatus(messages.text("trends.note.saved", notes.format(note.at())));
    long at = note.at().toEpochMilli();
    if (at >= range.toMillis() && at - range.toMillis() < range.spanMillis()) {
      settle(range.shift(at - range.toMillis() + range.spanMillis() / 20)); // just after the end: follow
      return;
    } else if (!range.contains(at)) {
      settle(range.centredOn(at));
      return;
    }
    List<TrendNote> shown = new ArrayList<>(notes.shown());
    shown.add(note);
    shown.sort(Comparator.comparing(TrendNote::at).thenComparing(TrendNote::id));
    notes.show(shown);
    chart.showNotes(shown);
  }

  /** Drops a running load or export. */
  void cancelWork() {
    loads.cancel();
    exportWork.cancel();
    showStatus(messages.text("trends.cancelled"));
  }

  /** Writes the charted points over the shown range to {@code file} as CSV; FX thread. */
  public CompletableFuture<Long> exportCsv(Path file) {
    return exports.csv(file);
  }

  /** Writes the chart as seen to {@code file} as PNG; FX thread. */
  public CompletableFuture<Path> exportPng(Path file) {
    return exports.png(file);
  }

  private void showStatus(String text) {
    status.setText(text);
  }

  public Parent root() {
    return root;
  }

  /** Stops the clock and any pending redraw. */
  public void stop() {
    clock.stop();
    settleTimer.stop();
  }
}
