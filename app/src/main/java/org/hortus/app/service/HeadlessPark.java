package org.hortus.app.service;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hortus.app.alarm.AlarmService;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.app.park.DriverFactory;
import org.hortus.app.park.PointMap;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.app.runtime.ScanListener;
import org.hortus.app.schedule.SavedSchedule;
import org.hortus.app.schedule.ScheduleStore;
import org.hortus.app.security.RecipeActivationService;
import org.hortus.app.store.Database;
import org.hortus.app.store.HeartbeatStore;
import org.hortus.app.store.OverrideStore;
import org.hortus.devices.DeviceDriver;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.control.ManualOverride;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.VentilationSchedule;
import org.hortus.model.sun.SolarCalculator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A park run without a window: database, historian, drivers and the control runtime, started in
 * the order that lets the first scan honour what must hold now (unexpired overrides are loaded
 * from the database before the runtime scans), and stopped in reverse so the last history is
 * flushed and the database closed cleanly. One {@code runtime-heartbeat} thread writes the
 * heartbeat row every second.
 */
public final class HeadlessPark implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HeadlessPark.class);
  public static final String RUNTIME_ID = "hortus-runtime";

  private final Database database;
  private final Historian historian;
  private final OverrideStore overrides;
  private final Map<String, DeviceDriver> drivers;
  private final ParkRuntime runtime;
  private final ScheduledExecutorService heartbeat;
  private final AlarmService alarms;
  private List<SavedSchedule> loadedSchedules;
  private final RecipeFollower recipeFollower;

  private HeadlessPark(Database database, Historian historian, OverrideStore overrides,
      Map<String, DeviceDriver> drivers, ParkRuntime runtime, AlarmService alarms) {
    this.alarms = alarms;
    this.database = database;
    this.historian = historian;
    this.overrides = overrides;
    this.drivers = drivers;
    this.runtime = runtime;
    this.recipeFollower = new RecipeFollower(new RecipeActivationService(database, new AuditLog(database)), runtime);
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "runtime-heartbeat");
      t.setDaemon(true);
      return t;
    });
  }

  /** Opens the database, re-asserts the overrides, connects the devices and starts scanning. */
  public static HeadlessPark start(
      Park park, Map<String, ClimateRecipe> recipes, PointMap pointMap, String databaseUrl, Path dataFolder,
      Duration scanPeriod) throws SQLException {
    return start(park, recipes, pointMap, databaseUrl, dataFolder, scanPeriod, List.of());
  }

  /** As {@link #start}, with scan listeners registered before the first scan. */
  public static HeadlessPark start(
      Park park, Map<String, ClimateRecipe> recipes, PointMap pointMap, String databaseUrl, Path dataFolder,
      Duration scanPeriod, List<ScanListener> listeners) throws SQLException {
    Database database = Database.open(databaseUrl);
    Historian historian = new Historian(database, HistorianSettings.defaults(), Clock.systemUTC());
    historian.start();
    OverrideStore overrides = new OverrideStore(database);
    Map<String, DeviceDriver> drivers = DriverFactory.create(pointMap.devices(), dataFolder);
    ParkRuntime runtime = new ParkRuntime(
        park, new ParkSetpoints(park, recipes, new SetpointResolver(new SolarCalculator())),
        ClimateSettings.defaults(), pointMap.bindings(), drivers, historian, scanPeriod, Clock.systemUTC());
    AlarmService alarms = new AlarmService(runtime, pointMap.bindings(), pointMap.alarmLimits(), drivers, database, Clock.systemUTC());
    HeadlessPark headless = new HeadlessPark(database, historian, overrides, drivers, runtime, alarms);
    headless.reloadOverrides();
    headless.reloadSchedules();
    headless.startFollowingRecipes();
    listeners.forEach(runtime::addScanListener);
    runtime.start();
    alarms.start();
    headless.heartbeat.scheduleAtFixedRate(headless::beat, 0, 1, TimeUnit.SECONDS);
    log.info("Park {} running headless: {} greenhouses, {} points, database {}",
        park.name(), park.greenhouses().size(), pointMap.bindings().size(), databaseUrl);
    return headless;
  }

  /** Hands every unexpired override in the database to the runtime. */
  public void reloadOverrides() throws SQLException {
    Instant now = Instant.now();
    Map<String, List<ManualOverride>> byHouse = new java.util.HashMap<>();
    for (var stored : overrides.activeAt(now)) {
      byHouse.computeIfAbsent(stored.greenhouseId(), id -> new ArrayList<>()).add(stored.override());
    }
    for (var house : runtime.park().greenhouses()) {
      runtime.setOverrides(house.id(), byHouse.getOrDefault(house.id(), List.of()));
    }
  }

  /**
   * Hands the stored schedules to the runtime when they changed since the last call: the enabled
   * irrigation schedules to its irrigation controller, the enabled ventilation schedules to their
   * greenhouses' loops. The heartbeat calls it every second (another console may have changed
   * one); the schedules page calls it after a change.
   */
  public synchronized void reloadSchedules() throws SQLException {
    List<SavedSchedule> stored = new ScheduleStore(database).all();
    if (stored.equals(loadedSchedules)) {
      return;
    }
    List<IrrigationSchedule> irrigation = new ArrayList<>();
    List<VentilationSchedule> ventilation = new ArrayList<>();
    for (SavedSchedule saved : stored) {
      switch (saved.schedule()) {
        case IrrigationSchedule s -> irrigation.add(s);
        case VentilationSchedule s -> ventilation.add(s);
      }
    }
    runtime.setSchedules(irrigation, ventilation);
    loadedSchedules = stored;
  }

  private void beat() {
    try {
      new HeartbeatStore(database).beat(RUNTIME_ID, Instant.now());
      reloadOverrides(); // another console may have set or cleared one
      reloadSchedules();
    } catch (SQLException | RuntimeException e) {
      log.warn("Heartbeat failed: {}", e.getMessage());
    }
  }

  /**
   * Applies the recipe activations in force now, then checks again about once a minute (an
   * activation from a date takes effect within a minute of it).
   */
  private void startFollowingRecipes() {
    applyRecipeActivations();
    heartbeat.scheduleAtFixedRate(this::applyRecipeActivations, 60, 60, TimeUnit.SECONDS);
  }

  /**
   * Makes each greenhouse run on the recipe version activated for it now, at once (a console
   * calls this after activating); never throws, a failure is logged and retried a minute later.
   */
  public void applyRecipeActivations() {
    try {
      recipeFollower.follow(Instant.now());
    } catch (SQLException | RuntimeException e) {
      log.warn("Could not apply the recipe activations: {}", e.getMessage());
    }
  }

  /** Each device's connection state now (in memory, cheap). */
  public Map<String, org.hortus.devices.DeviceHealth> deviceHealth() {
    Map<String, org.hortus.devices.DeviceHealth> health = new java.util.LinkedHashMap<>();
    drivers.forEach((id, driver) -> health.put(id, driver.health()));
    return health;
  }

  /** The drivers, by device id (for the devices page). */
  public Map<String, DeviceDriver> drivers() {
    return drivers;
  }

  public ParkRuntime runtime() {
    return runtime;
  }

  public OverrideStore overrides() {
    return overrides;
  }

  public Database database() {
    return database;
  }

  public AlarmService alarms() {
    return alarms;
  }

  public Historian historian() {
    return historian;
  }

  /** Stops scanning, disconnects, flushes the last history and closes the database. */
  @Override
  public void close() {
    // Never interrupt a thread inside H2: an interrupted file channel closes the whole store.
    heartbeat.shutdown();
    try {
      heartbeat.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    alarms.close();
    runtime.close();
    for (DeviceDriver driver : drivers.values()) {
      driver.close();
    }
    historian.close();
    database.close();
    log.info("Park stopped; history flushed, database closed");
  }
}
