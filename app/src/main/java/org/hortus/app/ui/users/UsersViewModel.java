package org.hortus.app.ui.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserAccount;
import org.hortus.app.security.UserRules;
import org.hortus.app.security.UserService;

/**
 * The users page's state and acts, without nodes: the accounts, the new-user form and the
 * password reset with their messages as you type (from {@link UserRules}, the service's own
 * rules), and the acts on the selected account. Every service call (password hashing is slow on
 * purpose) runs on the background executor while {@link #busy} is true; results come back through
 * the FX executor. Call on the FX thread (or, in tests, with same-thread executors).
 */
final class UsersViewModel {

  /** A service call made for the page. */
  @FunctionalInterface
  interface Act {
    void run() throws Exception;
  }

  final ObservableList<UserAccount> users = FXCollections.observableArrayList();
  final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();

  final StringProperty newName = new SimpleStringProperty("");
  final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.VIEWER);
  final StringProperty newPassword = new SimpleStringProperty("");
  final StringProperty newRepeat = new SimpleStringProperty("");
  final StringBinding newNameError;
  final StringBinding newPasswordError;
  final StringBinding newRepeatError;
  final BooleanBinding canCreate;

  final ObjectProperty<Role> selectedRole = new SimpleObjectProperty<>();
  final StringProperty resetPassword = new SimpleStringProperty("");
  final StringProperty resetRepeat = new SimpleStringProperty("");
  final StringBinding resetPasswordError;
  final StringBinding resetRepeatError;
  final BooleanBinding canReset;

  final BooleanProperty busy = new SimpleBooleanProperty();
  final StringProperty status = new SimpleStringProperty("");
  final BooleanProperty statusIsError = new SimpleBooleanProperty();

  private final UserService service;
  private final Session session;
  private final UserTexts texts;
  private final Executor fx;
  private final Executor background;
  private final Supplier<Instant> clock;
  private boolean stopped;

  UsersViewModel(
      UserService service,
      Session session,
      UserTexts texts,
      Executor fx,
      Executor background,
      Supplier<Instant> clock) {
    this.service = service;
    this.session = session;
    this.texts = texts;
    this.fx = fx;
    this.background = background;
    this.clock = clock;
    newNameError = Bindings.createStringBinding(() -> nameProblem(newName.get()), newName, users);
    newPasswordError =
        Bindings.createStringBinding(
            () -> passwordProblem(newName.get(), newPassword.get()), newName, newPassword);
    newRepeatError =
        Bindings.createStringBinding(
            () -> repeatProblem(newPassword.get(), newRepeat.get()), newPassword, newRepeat);
    canCreate =
        busy.not()
            .and(newName.isNotEmpty())
            .and(newPassword.isNotEmpty())
            .and(newRepeat.isNotEmpty())
            .and(newNameError.isEmpty())
            .and(newPasswordError.isEmpty())
            .and(newRepeatError.isEmpty());
    resetPasswordError =
        Bindings.createStringBinding(
            () -> selected.get() == null ? "" : passwordProblem(selected.get().username(), resetPassword.get()),
            selected,
            resetPassword);
    resetRepeatError =
        Bindings.createStringBinding(
            () -> repeatProblem(resetPassword.get(), resetRepeat.get()), resetPassword, resetRepeat);
    canReset =
        busy.not()
            .and(selected.isNotNull())
            .and(resetPassword.isNotEmpty())
            .and(resetRepeat.isNotEmpty())
            .and(resetPasswordError.isEmpty())
            .and(resetRepeatError.isEmpty());
    selected.subscribe(user -> selectedRole.set(user == null ? null : user.role()));
  }

  /** What is wrong with a new user's name as typed; empty when nothing (yet). */
  String nameProblem(String name) {
    if (name.isEmpty()) {
      return "";
    }
    Optional<UserRules.Violation> violation = UserRules.usernameViolation(name);
    if (violation.isEmpty() && users.stream().anyMatch(u -> u.username().equals(name))) {
      violation = Optional.of(UserRules.Violation.USERNAME_TAKEN);
    }
    return violation.map(v -> texts.violation(v, name, 0)).orElse("");
  }

  /** What is wrong with a password as typed for {@code username}; empty when nothing (yet). */
  String passwordProblem(String username, String password) {
    if (password.isEmpty()) {
      return "";
    }
    return UserRules.passwordViolation(username, password.toCharArray())
        .map(v -> texts.violation(v, username, password.length()))
        .orElse("");
  }

  String repeatProblem(String password, String repeat) {
    return repeat.isEmpty() || repeat.equals(password) ? "" : texts.text("users.error.repeat");
  }

  /** Loads the accounts. */
  void refresh() {
    run(() -> {}, null, () -> {});
  }

  /** Creates the account the form describes; clears the form when done. */
  void create() {
    if (!canCreate.get()) {
      return;
    }
    String name = newName.get();
    Role role = newRole.get();
    char[] password = newPassword.get().toCharArray();
    run(
        () -> service.addUser(session, name, role, password, clock.get()),
        texts.text("users.done.created", name, texts.role(role)),
        () -> {
          newName.set("");
          newPassword.set("");
          newRepeat.set("");
        },
        name,
        password.length);
  }

  /** Gives the selected account the role chosen in {@link #selectedRole}. */
  void changeRole() {
    Role role = selectedRole.get();
    onSelected(
        name -> service.changeRole(session, name, role, clock.get()),
        name -> texts.text("users.done.role", name, texts.role(role)));
  }

  void disable() {
    onSelected(
        name -> service.disable(session, name, clock.get()),
        name -> texts.text("users.done.disabled", name));
  }

  void enable() {
    onSelected(
        name -> service.enable(session, name, clock.get()),
        name -> texts.text("users.done.enabled", name));
  }

  void unlock() {
    onSelected(
        name -> service.unlock(session, name, clock.get()),
        name -> texts.text("users.done.unlocked", name));
  }

  /** Sets the typed password on the selected account (and lifts its lock). */
  void resetPassword() {
    if (!canReset.get()) {
      return;
    }
    String name = selected.get().username();
    char[] password = resetPassword.get().toCharArray();
    run(
        () -> service.resetPassword(session, name, password, clock.get()),
        texts.text("users.done.password", name),
        () -> {
          resetPassword.set("");
          resetRepeat.set("");
        },
        name,
        password.length);
  }

  /** Whether the selected account is locked out now. */
  boolean selectedIsLocked() {
    return selected.get() != null && selected.get().lockedAt(clock.get());
  }

  Instant now() {
    return clock.get();
  }

  /** Drops results that arrive after the page was closed. */
  void stop() {
    stopped = true;
  }

  @FunctionalInterface
  private interface NamedAct {
    void run(String username) throws Exception;
  }

  private void onSelected(NamedAct act, Function<String, String> done) {
    UserAccount user = selected.get();
    if (user == null || busy.get()) {
      return;
    }
    String name = user.username();
    run(() -> act.run(name), done.apply(name), () -> {}, name, 0);
  }

  private void run(Act act, String done, Runnable then) {
    run(act, done, then, "", 0);
  }

  /**
   * Runs {@code act} and reloads the accounts on the background executor; then, on the FX thread,
   * shows them and {@code done} (or the failure in words) and runs {@code then} on success.
   */
  private void run(Act act, String done, Runnable then, String username, int passwordLength) {
    busy.set(true);
    if (done != null) {
      status.set(texts.text("users.working"));
      statusIsError.set(false);
    }
    try {
      background.execute(
          () -> {
            Exception failure = null;
            try {
              act.run();
            } catch (Exception e) {
              failure = e;
            }
            List<UserAccount> loaded;
            try {
              loaded = service.list(session);
            } catch (Exception e) {
              loaded = null;
              failure = failure == null ? e : failure;
            }
            Exception failed = failure;
            List<UserAccount> accounts = loaded;
            fx.execute(() -> finish(accounts, failed, done, then, username, passwordLength));
          });
    } catch (RejectedExecutionException e) {
      busy.set(false); // the console is closing
    }
  }

  private void finish(
      List<UserAccount> accounts,
      Exception failure,
      String done,
      Runnable then,
      String username,
      int passwordLength) {
    if (stopped) {
      return;
    }
    busy.set(false);
    if (accounts != null) {
      show(accounts);
    }
    if (failure != null) {
      status.set(texts.failure(failure, username, passwordLength));
      statusIsError.set(true);
      return;
    }
    if (done != null) {
      status.set(done);
      statusIsError.set(false);
    }
    then.run();
  }

  /** Shows {@code accounts}, keeping the selection on the same user name. */
  private void show(List<UserAccount> accounts) {
    String selectedName = selected.get() == null ? null : selected.get().username();
    users.setAll(accounts);
    selected.set(
        accounts.stream().filter(u -> u.username().equals(selectedName)).findFirst().orElse(null));
  }
}
