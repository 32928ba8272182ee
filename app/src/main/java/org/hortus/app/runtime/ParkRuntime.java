package org.hortus.app.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hortus.app.history.Historian;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.Point;
import org.hortus.model.control.ClimateController;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.control.ManualOverride;
import org.hortus.model.control.irrigation.IrrigationConfig;
import org.hortus.model.control.irrigation.IrrigationController;
import org.hortus.model.control.irrigation.IrrigationInputs;
import org.hortus.model.control.irrigation.IrrigationOutputs;
import org.hortus.model.control.irrigation.ZoneReading;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.VentilationSchedule;
import org.hortus.model.schedule.WaterNetwork;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.ParkSetpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a park: joins the device points to each greenhouse's control loops, scans every
 * greenhouse at the scan period on one thread of its own ({@code control-scan}), writes the
 * commands through the drivers, keeps the PLCs' watchdog heartbeat and publishes every scan.
 *
 * <p>{@link #start} connects and subscribes the drivers in the background and starts the scan
 * schedule; {@link #close} stops the schedule (the caller closes drivers and historian it
 * passed in). Overrides are handed in by the caller (from the override store), which loads the
 * unexpired ones before start, so the first scan already honours them. Scan listeners run on
 * the scan thread.
 */
public final class ParkRuntime implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ParkRuntime.class);
  private static final Duration STARTUP_GRACE = Duration.ofSeconds(60);

  private final Park park;
  private final ParkSetpoints setpoints;
  private final Map<String, DeviceDriver> drivers;
  private final List<PointBinding> bindings;
  private final Duration scanPeriod;
  private final Clock clock;
  private final PointRegistry registry = new PointRegistry();
  private final ActuatorWriter writer;
  private final Map<String, GreenhouseLoop> loops = new LinkedHashMap<>();
  private final Map<String, List<ManualOverride>> overrides = new ConcurrentHashMap<>();
  private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, GreenhouseScanState> lastScans = new ConcurrentHashMap<>();
  private final AtomicLong heartbeat = new AtomicLong();
  private final Historian historian;
  private final IrrigationController irrigation;
  private volatile IrrigationOutputs lastIrrigation;
  /** Irrigation schedules handed in from another thread, taken over by the next scan. */
  private final AtomicReference<List<IrrigationSchedule>> pendingIrrigationSchedules = new AtomicReference<>();
  private final Map<String, GreenhouseScanState> scansThisRound = new LinkedHashMap<>();
  private ScheduledExecutorService scanner;
  private Instant lastScan;
  private Instant startedAt;

  public ParkRuntime(
      Park park, ParkSetpoints setpoints, ClimateSettings settings, List<PointBinding> bindings,
      Map<String, DeviceDriver> drivers, Historian historian, Duration scanPeriod, Clock clock) {
    this.park = park;
    this.setpoints = setpoints;
    this.drivers = Map.copyOf(drivers);
    this.bindings = List.copyOf(bindings);
    this.historian = historian;
    this.scanPeriod = scanPeriod;
    this.clock = clock;
    this.writer = new ActuatorWriter(this.drivers, Duration.ofSeconds(60));
    Map<Signal, PointBinding> weather = bySignal(bindings, "park");
    for (Greenhouse house : park.greenhouses()) {
      loops.put(house.id(), new GreenhouseLoop(
          house, park.site().zone(), new ClimateController(settings, park.site().zone()), bySignal(bindings, house.id()), weather));
    }
    if (historian != null) {
      registry.addListener(historian::record);
    }
    this.irrigation = new IrrigationController(
        IrrigationConfig.builder(park.site().zone(), WaterNetwork.of(park)).build());
  }

  private static Map<Signal, PointBinding> bySignal(List<PointBinding> bindings, String owner) {
    Map<Signal, PointBinding> map = new EnumMap<>(Signal.class);
    for (PointBinding binding : bindings) {
      if (binding.owner().equals(owner)) {
        map.put(binding.signal(), binding);
      }
    }
    return map;
  }

  /** Connects the drivers and subscribes their points (in the background), then scans. */
  public synchronized void start() {
    startedAt = clock.instant();
    Map<String, List<Point>> byDevice = new LinkedHashMap<>();
    for (PointBinding binding : bindings) {
      byDevice.computeIfAbsent(binding.deviceId(), id -> new ArrayList<>()).add(binding.point());
    }
    byDevice.forEach((deviceId, points) -> {
      DeviceDriver driver = drivers.get(deviceId);
      driver.connect()
          .thenCompose(ignored -> driver.subscribe(points, registry))
          .whenComplete((ignored, failure) -> {
            if (failure != null) {
              log.error("Device {} could not be subscribed: {}", deviceId, failure.getMessage());
            }
          });
    });
    scanner = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "control-scan");
      thread.setDaemon(true);
      return thread;
    });
    scanner.scheduleAtFixedRate(this::scanQuietly, 0, scanPeriod.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Replaces a greenhouse's manual overrides (the override service calls this). */
  public void setOverrides(String greenhouseId, Collection<ManualOverride> active) {
    overrides.put(greenhouseId, List.copyOf(active));
  }

  /**
   * Replaces the fixed schedules the runtime runs (the schedule store's enabled ones; disabled ones
   * are ignored): irrigation schedules reach the irrigation controller at the next scan (shots
   * already queued stay queued), each greenhouse's ventilation schedules its loop. Any thread.
   */
  public void setSchedules(List<IrrigationSchedule> irrigationSchedules, List<VentilationSchedule> ventilationSchedules) {
    pendingIrrigationSchedules.set(irrigationSchedules.stream().filter(IrrigationSchedule::enabled).toList());
    for (GreenhouseLoop loop : loops.values()) {
      loop.setVentilationSchedules(ventilationSchedules.stream()
          .filter(s -> s.enabled() && s.greenhouseId().equals(loop.greenhouse().id())).toList());
    }
  }

  /** On the scan thread: the irrigation controller is not thread-safe. */
  private void takeOverIrrigationSchedules() {
    List<IrrigationSchedule> replacement = pendingIrrigationSchedules.getAndSet(null);
    if (replacement != null) {
      irrigation.replaceSchedules(replacement);
    }
  }

  /**
   * From the next scan on, {@code greenhouseId} runs on {@code recipe} (an activated recipe
   * version); safe to call from any thread.
   */
  public void useRecipe(String greenhouseId, ClimateRecipe recipe) {
    setpoints.useRecipe(greenhouseId, recipe);
  }

  /** The recipe {@code greenhouseId} runs on now. */
  public java.util.Optional<ClimateRecipe> recipeOf(String greenhouseId) {
    return setpoints.recipeFor(greenhouseId);
  }

  public void addScanListener(ScanListener listener) {
    listeners.add(listener);
  }

  /** Every bound point with its device, owner and role. */
  public List<PointBinding> bindings() {
    return bindings;
  }

  public PointRegistry registry() {
    return registry;
  }

  /** The last scan of each greenhouse. */
  public Map<String, GreenhouseScanState> lastScans() {
    return Map.copyOf(lastScans);
  }

  /** One scan of every greenhouse now; the schedule calls it, tests may too. */
  public void scanOnce() {
    Instant now = clock.instant();
    if (startedAt == null) {
      startedAt = now;
    }
    double seconds = lastScan == null ? scanPeriod.toNanos() / 1e9 : Math.max(1e-3, Duration.between(lastScan, now).toNanos() / 1e9);
    lastScan = now;
    long beat = heartbeat.incrementAndGet();
    for (GreenhouseLoop loop : loops.values()) {
      String id = loop.greenhouse().id();
      if (!ready(loop, now)) {
        continue; // no air temperature yet: the PLC keeps its local control until we know the house
      }
      GreenhouseScanState state =
          loop.scan(now, registry, setpoints, overrides.getOrDefault(id, List.of()), seconds, writer);
      loop.binding(Signal.WATCHDOG_HEARTBEAT).ifPresent(b -> writer.write(b, beat % 30_000, now));
      lastScans.put(id, state);
      scansThisRound.put(id, state);
      for (ScanListener listener : listeners) {
        listener.onScan(state);
      }
    }
    irrigate(now);
    scansThisRound.clear();
  }

  /**
   * Irrigation for every zone of the houses scanned this round: the park's one controller, since
   * a water supply serves zones of several houses and runs one valve at a time.
   */
  private void irrigate(Instant now) {
    takeOverIrrigationSchedules();
    Map<String, ZoneReading> readings = new LinkedHashMap<>();
    double radiation = bindingOf("park", Signal.GLOBAL_RADIATION)
        .flatMap(b -> registry.forControl(b.point().id(), b.staleAfter(), now))
        .filter(v -> v.isGood()).map(v -> v.value()).orElse(0.0);
    for (Greenhouse house : park.greenhouses()) {
      GreenhouseScanState state = scansThisRound.get(house.id());
      if (state == null) {
        return; // irrigate only once every house is under control
      }
      for (var zone : house.zones()) {
        OptionalDouble water = bindingOf(zone.id(), Signal.SUBSTRATE_WATER_CONTENT)
            .flatMap(b -> registry.forControl(b.point().id(), b.staleAfter(), now))
            .filter(v -> v.isGood()).map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty());
        readings.put(zone.id(), ZoneReading.of(state.setpoints(), radiation, water));
      }
    }
    Map<String, Double> flows = new LinkedHashMap<>();
    for (var supply : park.waterSupplies()) {
      bindingOf(supply.id(), Signal.SUPPLY_FLOW)
          .flatMap(b -> registry.forControl(b.point().id(), b.staleAfter(), now))
          .filter(v -> v.isGood())
          .ifPresent(v -> flows.put(supply.id(), v.value()));
    }
    IrrigationOutputs outputs = irrigation.scan(new IrrigationInputs(now, readings, flows));
    for (var command : outputs.zones()) {
      bindingOf(command.zoneId(), Signal.IRRIGATION_VALVE).ifPresent(b -> writer.write(b, command.open() ? 1 : 0, now));
    }
    lastIrrigation = outputs;
  }

  private java.util.Optional<PointBinding> bindingOf(String owner, Signal signal) {
    return bindings.stream().filter(b -> b.owner().equals(owner) && b.signal() == signal).findFirst();
  }

  /** The irrigation controller's last outputs (valve commands, reasons, water given today). */
  public java.util.Optional<IrrigationOutputs> lastIrrigation() {
    return java.util.Optional.ofNullable(lastIrrigation);
  }

  /**
   * A greenhouse is scanned once its air temperature has arrived, or after the start-up grace
   * time: commanding a house blind at start-up would hold "last outputs" that were never set.
   */
  private boolean ready(GreenhouseLoop loop, Instant now) {
    if (Duration.between(startedAt, now).compareTo(STARTUP_GRACE) >= 0) {
      return true;
    }
    return loop.binding(Signal.AIR_TEMPERATURE)
        .map(b -> registry.latest(b.point().id()).isPresent())
        .orElse(true);
  }

  private void scanQuietly() {
    try {
      scanOnce();
    } catch (RuntimeException e) {
      // A failing scan must not end the schedule: the park would silently stop being controlled.
      log.error("Scan failed", e);
    }
  }

  public Park park() {
    return park;
  }

  @Override
  public synchronized void close() {
    if (scanner != null) {
      scanner.shutdown();
      try {
        scanner.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scanner = null;
    }
  }
}
