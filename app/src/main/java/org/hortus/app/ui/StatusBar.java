package org.hortus.app.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.hortus.devices.ConnectionState;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmState;

/**
 * The main window's status bar: device health, active alarms by priority, the user and role, the
 * clock and the simulation speed. Refreshed once a second on the FX thread from in-memory state
 * (driver health, the alarm board's snapshot): nothing here waits on I/O.
 */
public final class StatusBar {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final HBox root = new HBox(18);
  private final Label devices = label("status-devices");
  private final Label alarms = label("status-alarms");
  private final Label user = label("status-user");
  private final Label clock = label("status-clock");
  private final Label speed = label("status-speed");
  private final ConsoleContext context;
  private final Timeline refresh;
  private final java.util.Set<String> annunciated = new java.util.HashSet<>();
  private int flashTicks;

  public StatusBar(ConsoleContext context) {
    this.context = context;
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    root.getChildren().addAll(devices, alarms, spacer, user, speed, clock);
    root.setPadding(new Insets(6, 12, 6, 12));
    root.getStyleClass().add("status-bar");
    user.setText(context.text("status.user", context.session().username(), context.text("role." + context.session().role().label())));
    context.simulated().ifPresent(sim -> speed.setText(context.text("status.speed", sim.speedFactor())));
    refresh = new Timeline(new KeyFrame(Duration.seconds(1), e -> update()));
    refresh.setCycleCount(Timeline.INDEFINITE);
    refresh.play();
    update();
  }

  private void update() {
    var health = context.park().deviceHealth();
    long down = health.values().stream().filter(h -> h.state() != ConnectionState.CONNECTED).count();
    devices.setText(down == 0
        ? context.text("status.devices.ok", health.size())
        : context.text("status.devices.down", down, health.size()));
    devices.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("bad"), down > 0);
    Map<AlarmPriority, Integer> counts = new EnumMap<>(AlarmPriority.class);
    for (var alarm : context.alarms().snapshots()) {
      if (alarm.state() == AlarmState.UNACKNOWLEDGED || alarm.state() == AlarmState.ACKNOWLEDGED
          || alarm.state() == AlarmState.RETURNED_UNACKNOWLEDGED) {
        counts.merge(alarm.priority(), 1, Integer::sum);
      }
    }
    annunciate();
    alarms.setText(context.text("status.alarms", counts.getOrDefault(AlarmPriority.URGENT, 0),
        counts.getOrDefault(AlarmPriority.HIGH, 0), counts.getOrDefault(AlarmPriority.MEDIUM, 0),
        counts.getOrDefault(AlarmPriority.LOW, 0)));
    clock.setText(context.text("status.clock", LocalTime.now().format(CLOCK)));
  }

  /**
   * A new unacknowledged urgent or high alarm makes the alarm count flash for ten seconds and
   * beeps where there is sound, whichever page is open.
   */
  private void annunciate() {
    boolean fresh = false;
    for (var alarm : context.alarms().snapshots()) {
      boolean loud = alarm.priority() == AlarmPriority.URGENT || alarm.priority() == AlarmPriority.HIGH;
      if (loud && alarm.state() == AlarmState.UNACKNOWLEDGED) {
        fresh |= annunciated.add(alarm.alarmId());
      } else {
        annunciated.remove(alarm.alarmId());
      }
    }
    if (fresh) {
      flashTicks = 10;
      if (!java.awt.GraphicsEnvironment.isHeadless()) {
        java.awt.Toolkit.getDefaultToolkit().beep();
      }
    }
    boolean on = flashTicks > 0 && flashTicks-- % 2 == 0;
    alarms.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("flash"), on);
  }

  /** Whether the alarm count is flashing for a new urgent or high alarm. */
  public boolean flashing() {
    return flashTicks > 0;
  }

  private static Label label(String id) {
    Label label = new Label();
    label.setId(id);
    return label;
  }

  public Parent root() {
    return root;
  }

  public void stop() {
    refresh.stop();
  }
}
