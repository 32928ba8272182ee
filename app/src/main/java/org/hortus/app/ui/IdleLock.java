package org.hortus.app.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.AuthService;
import org.hortus.app.security.LockoutPolicy;
import org.hortus.app.security.PasswordHasher;

/**
 * Locks the console after a time without keyboard or mouse use: the main window is covered by a
 * password prompt for the signed-in user until the password is given again (checked off the FX
 * thread). The default time is 15 minutes; {@code hortus.idleLockMinutes} changes it.
 */
public final class IdleLock {

  private final ConsoleContext context;
  private final StackPane layers;
  private final Duration idleLimit;
  private final LongSupplier nowMillis;
  private volatile long lastActivity;
  private Node cover;
  private final Timeline check;

  /** Wraps {@code content} in a layer that can be covered; install on {@code scene}. */
  public IdleLock(ConsoleContext context, Node content, Duration idleLimit, LongSupplier nowMillis) {
    this.context = context;
    this.idleLimit = idleLimit;
    this.nowMillis = nowMillis;
    this.layers = new StackPane(content);
    this.lastActivity = nowMillis.getAsLong();
    check = new Timeline(new KeyFrame(javafx.util.Duration.seconds(5), e -> checkIdle()));
    check.setCycleCount(Timeline.INDEFINITE);
    check.play();
  }

  public static Duration configuredLimit() {
    return Duration.ofMinutes(Long.getLong("hortus.idleLockMinutes", 15));
  }

  private final javafx.event.EventHandler<InputEvent> activity = this::touched;

  public void install(Scene scene) {
    scene.addEventFilter(InputEvent.ANY, activity);
  }

  /** Removes what {@link #install} added (the shell rebuilds the window on a language change). */
  public void uninstall(Scene scene) {
    scene.removeEventFilter(InputEvent.ANY, activity);
  }

  private void touched(Event event) {
    if (cover == null) {
      lastActivity = nowMillis.getAsLong();
    }
  }

  /** Checks now whether the idle time has passed (the timeline calls it every 5 s). */
  public void checkIdle() {
    if (cover == null && nowMillis.getAsLong() - lastActivity >= idleLimit.toMillis()) {
      lock();
    }
  }

  public boolean locked() {
    return cover != null;
  }

  private void lock() {
    Label title = new Label(context.text("lock.title", idleLimit.toMinutes()));
    title.getStyleClass().add("page-title");
    PasswordField password = new PasswordField();
    password.setId("lock-password");
    password.setPromptText(context.text("lock.prompt", context.session().username()));
    Button unlock = new Button(context.text("lock.submit"));
    unlock.setId("lock-submit");
    unlock.setDefaultButton(true);
    Label status = new Label();
    status.setId("lock-status");
    unlock.setOnAction(e -> {
      char[] secret = password.getText().toCharArray();
      password.clear();
      context.background().execute(() -> {
        try {
          new AuthService(context.database(), new AuditLog(context.database()), new PasswordHasher(), LockoutPolicy.DEFAULT)
              .login(context.session().username(), secret, Instant.now());
          context.fx().execute(this::unlock);
        } catch (org.hortus.app.security.LoginFailedException failure) {
          context.fx().execute(() -> status.setText(context.text("login.failed.credentials")));
        } catch (Exception failure) {
          context.fx().execute(() -> status.setText(context.text("login.failed.error", failure.getMessage())));
        }
      });
    });
    VBox box = new VBox(12, title, password, unlock, status);
    box.setAlignment(Pos.CENTER);
    box.setMaxWidth(420);
    StackPane shade = new StackPane(box);
    shade.getStyleClass().add("lock-cover");
    shade.setId("lock-cover");
    cover = shade;
    layers.getChildren().add(shade);
    password.requestFocus();
  }

  private void unlock() {
    layers.getChildren().remove(cover);
    cover = null;
    lastActivity = nowMillis.getAsLong();
  }

  public StackPane root() {
    return layers;
  }

  public void stop() {
    check.stop();
  }
}
