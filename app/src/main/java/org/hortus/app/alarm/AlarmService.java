package org.hortus.app.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.runtime.Signal;
import org.hortus.app.store.Database;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.PointValue;
import org.hortus.model.alarm.AlarmBoard;
import org.hortus.model.alarm.AlarmCondition;
import org.hortus.model.alarm.AlarmDefinition;
import org.hortus.model.alarm.AlarmInput;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmTransition;
import org.hortus.model.alarm.LevelSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the park's alarms every second on one thread of its own ({@code alarm-scan}) from
 * the point registry, the runtime's setpoints and the drivers' health; stores every transition;
 * carries out operator commands queued in the database (acknowledge, shelve, unshelve), so the
 * command line and other consoles act on the running engine. {@link #close} stops it.
 */
public final class AlarmService implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AlarmService.class);
  private static final Duration LEVEL_HISTORY = Duration.ofMinutes(35);

  private final ParkRuntime runtime;
  private final AlarmBoard board;
  private final List<AlarmDefinition> definitions;
  private final Map<String, DeviceDriver> drivers;
  private final AlarmStore store;
  private final Database database;
  private final Clock clock;
  private final Map<String, String> ownerOfPoint = new HashMap<>();
  private final Optional<String> rainPoint;
  private final Deque<LevelSample> levels = new ArrayDeque<>();
  private final ScheduledExecutorService scanner;
  /** The board's state after the last change: read by the UI without waiting on the engine. */
  private volatile List<AlarmSnapshot> latest = List.of();

  public AlarmService(ParkRuntime runtime, List<PointBinding> bindings, Map<String, DeviceDriver> drivers,
      Database database, Clock clock) {
    this(runtime, bindings, Map.of(), drivers, database, clock);
  }

  /** With the park file's alarm limits by point id. */
  public AlarmService(ParkRuntime runtime, List<PointBinding> bindings, Map<String, org.hortus.app.park.AlarmLimits> limits,
      Map<String, DeviceDriver> drivers, Database database, Clock clock) {
    this.runtime = runtime;
    this.drivers = Map.copyOf(drivers);
    this.definitions = ParkAlarms.of(runtime.park(), bindings, List.copyOf(drivers.keySet()), limits);
    this.board = new AlarmBoard(definitions);
    this.latest = board.snapshots();
    this.database = database;
    this.store = new AlarmStore(database);
    this.clock = clock;
    for (PointBinding binding : bindings) {
      ownerOfPoint.put(binding.point().id(), binding.owner());
    }
    this.rainPoint = ParkAlarms.pointOf(bindings, "park", Signal.RAIN_GAUGE);
    this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "alarm-scan");
      t.setDaemon(true);
      return t;
    });
  }

  public void start() {
    scanner.scheduleWithFixedDelay(this::evaluateQuietly, 1, 1, TimeUnit.SECONDS);
  }

  /** One evaluation of every alarm now, then the queued operator commands. */
  public synchronized List<AlarmTransition> evaluate() throws SQLException {
    Instant now = clock.instant();
    Map<String, AlarmInput> inputs = new HashMap<>();
    for (AlarmDefinition definition : definitions) {
      input(definition, now).ifPresent(in -> inputs.put(definition.source(), in));
    }
    List<AlarmTransition> transitions = new java.util.ArrayList<>(board.evaluate(now, inputs));
    latest = board.snapshots();
    store.store(transitions);
    transitions.addAll(runCommands(now));
    latest = board.snapshots();
    return transitions;
  }

  private Optional<AlarmInput> input(AlarmDefinition definition, Instant now) {
    String source = definition.source();
    if (source.startsWith("device:")) {
      DeviceDriver driver = drivers.get(source.substring("device:".length()));
      return Optional.of(AlarmInput.digital(driver.health().state() != ConnectionState.CONNECTED));
    }
    Optional<PointValue> value = runtime.registry().latest(source);
    if (definition.condition() instanceof AlarmCondition.Flood) {
      value.filter(PointValue::isGood).ifPresent(v -> addLevel(new LevelSample(now, v.value())));
      double rain = rainPoint.flatMap(p -> runtime.registry().latest(p)).filter(PointValue::isGood).map(PointValue::value).orElse(0.0);
      return value.map(v -> v.isGood() ? AlarmInput.flood(List.copyOf(levels), rain) : AlarmInput.bad());
    }
    if (value.isEmpty()) {
      return Optional.empty();
    }
    PointValue v = value.get();
    if (!v.isGood()) {
      return Optional.of(AlarmInput.bad());
    }
    if (definition.condition() instanceof AlarmCondition.Digital) {
      return Optional.of(AlarmInput.digital(v.value() > 0.5));
    }
    AlarmInput in = AlarmInput.good(v.value());
    String owner = ownerOfPoint.get(source);
    var scan = owner == null ? null : runtime.lastScans().get(owner);
    if (scan != null) {
      in = in.withSetpoint("ventilation", scan.setpoints().ventilationTemperatureCelsius())
          .withSetpoint("heating", scan.setpoints().heatingTemperatureCelsius());
    }
    return Optional.of(in);
  }

  private void addLevel(LevelSample sample) {
    levels.addLast(sample);
    while (!levels.isEmpty() && levels.peekFirst().at().isBefore(sample.at().minus(LEVEL_HISTORY))) {
      levels.removeFirst();
    }
  }

  /** Acknowledges an alarm as {@code user}; stores and returns the transitions. */
  public synchronized List<AlarmTransition> acknowledge(String alarmId, String user, String comment) throws SQLException {
    List<AlarmTransition> transitions = board.acknowledge(alarmId, clock.instant(), user, comment);
    latest = board.snapshots();
    store.store(transitions);
    return transitions;
  }

  /** Shelves an alarm until {@code until}. */
  public synchronized List<AlarmTransition> shelve(String alarmId, String user, Instant until, String reason) throws SQLException {
    List<AlarmTransition> transitions = board.shelve(alarmId, clock.instant(), user, until, reason);
    latest = board.snapshots();
    store.store(transitions);
    return transitions;
  }

  /**
   * Every alarm's state after the last evaluation or operator action. Never blocks: the FX thread
   * may call it (the engine's own lock is held during database writes).
   */
  public List<AlarmSnapshot> snapshots() {
    return latest;
  }

  /** Carries out commands the command line (or another console) queued in the database. */
  private List<AlarmTransition> runCommands(Instant now) throws SQLException {
    List<AlarmTransition> done = new java.util.ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement(
            "SELECT id, alarm_id, command, user_name, user_comment, until_at FROM alarm_command WHERE done_at IS NULL ORDER BY id");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        String alarmId = rs.getString(2);
        String outcome;
        List<AlarmTransition> transitions;
        if (board.find(alarmId).isEmpty()) {
          transitions = List.of();
          outcome = "no alarm " + alarmId;
        } else {
          transitions = switch (rs.getString(3)) {
            case "ACK" -> board.acknowledge(alarmId, now, rs.getString(4), rs.getString(5));
            case "SHELVE" -> board.shelve(alarmId, now, rs.getString(4), Instant.ofEpochMilli(rs.getLong(6)), rs.getString(5));
            case "UNSHELVE" -> board.unshelve(alarmId, now, rs.getString(4));
            default -> List.of();
          };
          outcome = transitions.isEmpty() ? "nothing to do in its state" : "done";
        }
        store.store(transitions);
        done.addAll(transitions);
        try (PreparedStatement update = c.prepareStatement("UPDATE alarm_command SET done_at = ?, outcome = ? WHERE id = ?")) {
          update.setLong(1, now.toEpochMilli());
          update.setString(2, outcome);
          update.setLong(3, rs.getLong(1));
          update.executeUpdate();
        }
      }
    }
    return done;
  }

  private void evaluateQuietly() {
    try {
      evaluate();
    } catch (SQLException | RuntimeException e) {
      log.error("Alarm evaluation failed", e);
    }
  }

  @Override
  public void close() {
    // Never interrupt a thread inside H2: an interrupted file channel closes the store.
    scanner.shutdown();
    try {
      scanner.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
