package org.hortus.app.ui.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditFilter;
import org.hortus.app.audit.AuditVerification;
import org.hortus.app.security.AuditViewService;
import org.hortus.app.security.Session;

/**
 * The audit page's state and acts, without nodes: the filter (user, kind, from and to with
 * optional times of day in the park's zone, a row limit), the rows it selects, newest first, the
 * chain's verdict, and the CSV export. Reads run on the background executor, results come back
 * through the FX executor, and a result older than the last {@link #refresh} is dropped. Call on
 * the FX thread (or, in tests, with same-thread executors).
 */
final class AuditViewModel {

  static final List<Integer> LIMITS = List.of(100, 500, 1000, 5000);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
  final ObservableList<String> actors = FXCollections.observableArrayList(AuditTexts.ALL);
  final ObservableList<String> kinds = FXCollections.observableArrayList(AuditTexts.ALL);

  final StringProperty actor = new SimpleStringProperty(AuditTexts.ALL);
  final StringProperty kind = new SimpleStringProperty(AuditTexts.ALL);
  final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>();
  final StringProperty fromTime = new SimpleStringProperty("");
  final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>();
  final StringProperty toTime = new SimpleStringProperty("");
  final ObjectProperty<Integer> limit = new SimpleObjectProperty<>(500);
  final StringBinding fromError;
  final StringBinding toError;

  final BooleanProperty busy = new SimpleBooleanProperty();
  final StringProperty status = new SimpleStringProperty("");
  final BooleanProperty statusIsError = new SimpleBooleanProperty();
  /** The last verdict on the chain; null until the first check ends. */
  final ObjectProperty<AuditVerification> verdict = new SimpleObjectProperty<>();
  /** Why the chain could not be checked; empty when it could. */
  final StringProperty verdictFailure = new SimpleStringProperty("");
  final BooleanProperty verifying = new SimpleBooleanProperty();

  private final AuditViewService service;
  private final Session session;
  private final AuditTexts texts;
  private final Executor fx;
  private final Executor background;
  private long generation;
  private boolean stopped;

  AuditViewModel(
      AuditViewService service, Session session, AuditTexts texts, Executor fx, Executor background) {
    this.service = service;
    this.session = session;
    this.texts = texts;
    this.fx = fx;
    this.background = background;
    fromError = Bindings.createStringBinding(() -> timeProblem(fromDate.get(), fromTime.get()), fromDate, fromTime);
    toError = Bindings.createStringBinding(this::toProblem, fromDate, fromTime, toDate, toTime);
  }

  /** The filter as chosen, or empty while a time is malformed or the range runs backwards. */
  Optional<AuditFilter> filter() {
    if (!fromError.get().isEmpty() || !toError.get().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AuditFilter(
        Optional.ofNullable(actor.get()).filter(a -> !a.equals(AuditTexts.ALL)),
        Optional.ofNullable(kind.get()).filter(k -> !k.equals(AuditTexts.ALL)),
        from(),
        to()));
  }

  /** Reads the rows the filter selects, the filter's choices, and verifies the chain again. */
  void refresh() {
    Optional<AuditFilter> chosen = filter();
    if (chosen.isEmpty()) {
      show(texts.text("audit.filter.invalid"), true);
      return;
    }
    AuditFilter filter = chosen.get();
    int rowLimit = limit.get() == null ? LIMITS.get(1) : limit.get();
    long mine = ++generation;
    busy.set(true);
    verifying.set(true);
    submit(() -> {
      try {
        List<AuditEntry> found = service.find(session, filter, rowLimit);
        List<String> users = service.actors(session);
        List<String> actions = service.actions(session);
        fx.execute(() -> {
          if (current(mine)) {
            busy.set(false);
            rows.setAll(found);
            choices(users, actions);
            show(found.size() >= rowLimit
                ? texts.text("audit.count.more", found.size())
                : texts.text("audit.count", found.size()), false);
          }
        });
      } catch (Exception e) {
        fx.execute(() -> {
          if (current(mine)) {
            busy.set(false);
            show(texts.failure(e), true);
          }
        });
      }
    });
    submit(() -> {
      try {
        AuditVerification checked = service.verify(session);
        fx.execute(() -> {
          if (current(mine)) {
            verifying.set(false);
            verdictFailure.set("");
            verdict.set(checked);
          }
        });
      } catch (Exception e) {
        fx.execute(() -> {
          if (current(mine)) {
            verifying.set(false);
            verdictFailure.set(texts.failure(e));
          }
        });
      }
    });
  }

  /**
   * Writes every row the filter selects (not only those shown) to {@code file}; the future gives
   * the number of rows, or fails as the export did.
   */
  CompletableFuture<Long> export(Path file) {
    Optional<AuditFilter> chosen = filter();
    if (chosen.isEmpty()) {
      show(texts.text("audit.filter.invalid"), true);
      return CompletableFuture.failedFuture(new IllegalStateException("invalid filter"));
    }
    CompletableFuture<Long> written = new CompletableFuture<>();
    busy.set(true);
    show(texts.text("audit.export.busy", file.getFileName()), false);
    submit(() -> {
      try {
        long count = service.exportCsv(session, chosen.get(), file);
        fx.execute(() -> {
          if (!stopped) {
            busy.set(false);
            show(texts.text("audit.export.done", count, file), false);
          }
        });
        written.complete(count);
      } catch (Exception e) {
        fx.execute(() -> {
          if (!stopped) {
            busy.set(false);
            show(texts.failure(e), true);
          }
        });
        written.completeExceptionally(e);
      }
    });
    return written;
  }

  /** Drops results that arrive after the page was closed. */
  void stop() {
    stopped = true;
  }

  private boolean current(long mine) {
    return !stopped && mine == generation;
  }

  private void submit(Runnable work) {
    try {
      background.execute(work);
    } catch (RejectedExecutionException e) {
      busy.set(false); // the console is closing
      verifying.set(false);
    }
  }

  private void show(String text, boolean error) {
    status.set(text);
    statusIsError.set(error);
  }

  /** The choices: every user in the log; every group of actions followed by its actions. */
  private void choices(List<String> users, List<String> actions) {
    String chosenActor = actor.get();
    String chosenKind = kind.get();
    List<String> userChoices = new ArrayList<>(List.of(AuditTexts.ALL));
    userChoices.addAll(users);
    Set<String> kindChoices = new LinkedHashSet<>(List.of(AuditTexts.ALL));
    for (String group : actions.stream().map(AuditViewModel::group).distinct().toList()) {
      kindChoices.add(group);
      actions.stream().filter(a -> group(a).equals(group)).forEach(kindChoices::add);
    }
    if (!actors.equals(userChoices)) {
      actors.setAll(userChoices);
    }
    if (!kinds.equals(new ArrayList<>(kindChoices))) {
      kinds.setAll(kindChoices);
    }
    actor.set(chosenActor);
    kind.set(chosenKind);
  }

  /** {@code user.} for {@code user.add}; the action itself with a dot if it has none. */
  static String group(String action) {
    int dot = action.indexOf('.');
    return dot < 0 ? action + "." : action.substring(0, dot + 1);
  }

  private Optional<Instant> from() {
    return Optional.ofNullable(fromDate.get())
        .map(d -> d.atTime(time(fromTime.get()).orElse(LocalTime.MIDNIGHT)).atZone(texts.zone()).toInstant());
  }

  /** Up to and with the chosen minute; up to the end of the day without a time. */
  private Optional<Instant> to() {
    return Optional.ofNullable(toDate.get()).map(d -> time(toTime.get())
        .map(t -> d.atTime(t).plusMinutes(1))
        .orElse(d.plusDays(1).atStartOfDay())
        .atZone(texts.zone()).toInstant());
  }

  private String timeProblem(LocalDate date, String time) {
    if (time == null || time.isBlank()) {
      return "";
    }
    if (time(time).isEmpty()) {
      return texts.text("audit.filter.time.format");
    }
    return date == null ? texts.text("audit.filter.time.noDate") : "";
  }

  private String toProblem() {
    String time = timeProblem(toDate.get(), toTime.get());
    if (!time.isEmpty()) {
      return time;
    }
    if (timeProblem(fromDate.get(), fromTime.get()).isEmpty()) {
      Optional<Instant> start = from();
      Optional<Instant> end = to();
      if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
        return texts.text("audit.filter.range");
      }
    }
    return "";
  }

  private static Optional<LocalTime> time(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text.strip(), TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
