package org.hortus.app.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.park.ParkSummary;
import org.hortus.app.park.SitePark;
import org.hortus.app.security.AuthService;
import org.hortus.app.security.LockoutPolicy;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.service.ConsolePark;
import org.hortus.model.file.InvalidFileException;

/**
 * The first run's form: the administrator's name and password, checked as they are typed, and the
 * park the site starts with (the demo park, or its own park file, checked when chosen). On submit
 * it imports the chosen file, starts the park and creates the administrator in that park's
 * database, in that order, on the background executor; the outcome comes back on the fx executor.
 * Once the park runs it is kept: a retry only creates the administrator. Properties are touched on
 * the fx executor only (no toolkit needed with a same-thread executor).
 */
public final class FirstRunViewModel {

  /** Starts the chosen park; blocks, so it runs on the background executor. */
  @FunctionalInterface
  public interface ParkStarter {
    ConsolePark start(ConsolePark.Source source) throws Exception;
  }

  final StringProperty username = new SimpleStringProperty("");
  final StringProperty password = new SimpleStringProperty("");
  final StringProperty repeat = new SimpleStringProperty("");
  final BooleanProperty importChosen = new SimpleBooleanProperty(false);
  final ObjectProperty<Path> chosenFile = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper parkStarted = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty attempted = new SimpleBooleanProperty(false);
  final StringBinding usernameProblem;
  final StringBinding passwordProblem;
  final StringBinding repeatProblem;

  private final FirstRunTexts texts;
  private final Executor fx;
  private final Executor background;
  private final SitePark site;
  private final Set<String> recipeIds;
  private final Optional<Path> givenPark;
  private final ParkStarter starter;
  private final PasswordHasher hasher;
  private final Consumer<ConsolePark> ready;
  private int checks; // fx thread: which file check is the latest
  private volatile ConsolePark started;

  /**
   * @param givenPark a park file given on the command line: run in place, no choice offered
   * @param ready called on the fx executor with the running park once the administrator exists
   */
  public FirstRunViewModel(Messages messages, Executor fx, Executor background, SitePark site, Set<String> recipeIds,
      Optional<Path> givenPark, ParkStarter starter, PasswordHasher hasher, Consumer<ConsolePark> ready) {
    this.texts = new FirstRunTexts(messages);
    this.fx = fx;
    this.background = background;
    this.site = site;
    this.recipeIds = Set.copyOf(recipeIds);
    this.givenPark = givenPark;
    this.starter = starter;
    this.hasher = hasher;
    this.ready = ready;
    usernameProblem = Bindings.createStringBinding(
        () -> texts.usernameProblem(username.get().trim(), attempted.get()), username, attempted);
    passwordProblem = Bindings.createStringBinding(
        () -> texts.passwordProblem(username.get().trim(), password.get(), attempted.get()), username, password, attempted);
    repeatProblem = Bindings.createStringBinding(
        () -> (repeat.get().isEmpty() && !attempted.get()) || repeat.get().equals(password.get())
            ? "" : texts.text("firstrun.mismatch"), password, repeat, attempted);
  }

  /** Chooses the site's park file and checks it in the background: its summary or its problems. */
  public void choose(Path file) {
    importChosen.set(true);
    chosenFile.set(file);
    problems.set("");
    summary.set(texts.text("firstrun.park.checking"));
    int check = ++checks;
    background.execute(() -> {
      try {
        ParkSummary found = SitePark.check(file, recipeIds);
        fx.execute(() -> showCheck(check, texts.summary(found), ""));
      } catch (InvalidFileException e) {
        fx.execute(() -> showCheck(check, "", texts.problems(file, e)));
      }
    });
  }

  private void showCheck(int check, String summaryText, String problemText) {
    if (check == checks) {
      summary.set(summaryText);
      problems.set(problemText);
    }
  }

  /** Checks the form; if it is complete, imports, starts the park and creates the administrator. */
  public void submit() {
    if (busy.get()) {
      return;
    }
    attempted.set(true);
    Optional<String> refusal = refusal();
    if (refusal.isPresent()) {
      status.set(refusal.get());
      return;
    }
    busy.set(true);
    status.set(texts.text(started == null ? "firstrun.starting" : "firstrun.creating"));
    String name = username.get().trim();
    char[] secret = password.get().toCharArray();
    Optional<Path> toImport = givenPark.isEmpty() && importChosen.get() ? Optional.of(chosenFile.get()) : Optional.empty();
    background.execute(() -> create(name, secret, toImport));
  }

  private Optional<String> refusal() {
    if (!usernameProblem.get().isEmpty() || !passwordProblem.get().isEmpty() || !repeatProblem.get().isEmpty()) {
      return Optional.of(texts.text("firstrun.error.form"));
    }
    if (started != null || givenPark.isPresent() || !importChosen.get()) {
      return Optional.empty();
    }
    if (chosenFile.get() == null) {
      return Optional.of(texts.text("firstrun.error.nofile"));
    }
    return problems.get().isEmpty() ? Optional.empty() : Optional.of(texts.text("firstrun.error.badfile"));
  }

  /** Background thread. */
  private void create(String name, char[] secret, Optional<Path> toImport) {
    FirstRunTexts.Step step = FirstRunTexts.Step.IMPORT;
    try {
      ConsolePark park = started;
      if (park == null) {
        ConsolePark.Source source = source(toImport);
        step = FirstRunTexts.Step.START;
        park = starter.start(source);
        started = park;
        fx.execute(() -> parkStarted.set(true));
      }
      step = FirstRunTexts.Step.ADMINISTRATOR;
      new AuthService(park.park().database(), new AuditLog(park.park().database()), hasher, LockoutPolicy.DEFAULT)
          .ensureAdministrator(name, secret, Instant.now());
      ConsolePark running = park;
      fx.execute(() -> {
        busy.set(false);
        status.set("");
        ready.accept(running);
      });
    } catch (InvalidFileException e) {
      Path file = toImport.or(() -> givenPark).orElseGet(() -> Path.of(e.problems().getFirst().file()));
      String shown = texts.problems(file, e);
      fx.execute(() -> fail(texts.text("firstrun.error.badfile"), shown));
    } catch (Exception e) {
      String why = texts.failure(step, e, secret.length, site.dataFolder());
      fx.execute(() -> fail(why, problems.get()));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  private ConsolePark.Source source(Optional<Path> toImport) throws Exception {
    if (givenPark.isPresent()) {
      return new ConsolePark.Source.File(givenPark.get());
    }
    if (toImport.isPresent()) {
      site.importFile(toImport.get(), recipeIds);
      return new ConsolePark.Source.File(site.file());
    }
    site.useDemo();
    return new ConsolePark.Source.Demo();
  }

  private void fail(String why, String problemText) {
    problems.set(problemText);
    status.set(why);
    busy.set(false);
  }

  public ReadOnlyStringProperty summary() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problems() {
    return problems.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busy() {
    return busy.getReadOnlyProperty();
  }

  /** Whether the park runs already (the choice can no longer change). */
  public ReadOnlyBooleanProperty parkStarted() {
    return parkStarted.getReadOnlyProperty();
  }

  /** A park file given on the command line, if any (then no choice is offered). */
  public Optional<Path> givenPark() {
    return givenPark;
  }

  Path dataFolder() {
    return site.dataFolder();
  }
}
