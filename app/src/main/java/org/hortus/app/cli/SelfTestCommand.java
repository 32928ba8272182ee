package org.hortus.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.park.PointMap;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.runtime.Signal;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.Database;
import org.hortus.devices.PointValue;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.park.Greenhouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hortus self-test}: runs the demo park headless in a temporary data folder, on loopback
 * ports chosen free, at 60× real time, and checks in order that the database migrates, values
 * flow over OPC UA and Modbus, the PLCs leave their safe mode, history is written and an alarm is
 * raised and acknowledged. Each check waits a bounded time and prints {@code ok …} or {@code
 * FAILED …}; the first failure ends the test. Exit codes: 0 all passed, 1 a check failed. The
 * temporary folder is deleted afterwards; the user's data folder is never touched.
 */
@Command(
    name = "self-test",
    mixinStandardHelpOptions = true,
    description = "Run the demo park in a temporary folder and check devices, history and alarms (under a minute).")
public final class SelfTestCommand implements Callable<Integer> {

  private static final Duration BUDGET = Duration.ofSeconds(55);
  private static final String USER = "self-test";
  private static final String FLOOD = "park.flood";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = Files.createTempDirectory("hortus-self-test-");
    out.printf("Hortus self-test: demo park at 60× real time on loopback, data in %s%n", folder);
    out.flush();
    Checks checks = new Checks(out, BUDGET);
    SimulatedPark sim = null;
    PointMap points = null;
    HeadlessPark park = null;
    try {
      try {
        sim = SimulatedPark.start("127.0.0.1", 0, 0, 60);
        points = DemoParkBindings.of(sim);
        park = HeadlessPark.start(sim.park(), ShippedFiles.sampleRecipes(), points,
            Database.fileUrl(folder.resolve("hortus")), folder, Duration.ofMillis(500));
      } catch (Exception e) {
        checks.fail("start the demo park and its runtime", e.toString());
      }
      if (park != null) {
        run(checks, sim, points, park);
      }
    } finally {
      if (park != null) {
        park.close();
      }
      if (sim != null) {
        sim.close();
      }
      deleteQuietly(folder);
    }
    return checks.finish();
  }

  private static void run(Checks checks, SimulatedPark sim, PointMap points, HeadlessPark park) throws InterruptedException {
    checks.check("database created and migrated", Duration.ofSeconds(2),
        () -> park.database().schemaVersion().map(v -> Outcome.pass("schema version " + v)).orElse(Outcome.notYet("no schema version")));
    String airTemperature = ClimatePoint.AIR_TEMPERATURE.pointId("GH-01");
    checks.check("OPC UA values flow", Duration.ofSeconds(20),
        () -> good(park, airTemperature, "GH-01 air temperature %.1f °C"));
    PointBinding waterContent = points.bindings().stream()
        .filter(b -> b.deviceId().equals(DemoParkBindings.IRRIGATION_DEVICE) && b.signal() == Signal.SUBSTRATE_WATER_CONTENT)
        .findFirst().orElseThrow();
    checks.check("Modbus values flow", Duration.ofSeconds(20),
        () -> good(park, waterContent.point().id(), waterContent.owner() + " substrate water content %.1f %%"));
    checks.check("PLCs left safe mode", Duration.ofSeconds(30), () -> {
      List<String> inSafeMode = new ArrayList<>();
      for (Greenhouse house : sim.park().greenhouses()) {
        if (sim.safeMode(house.id())) {
          inSafeMode.add(house.id());
        }
      }
      return inSafeMode.isEmpty()
          ? Outcome.pass("all " + sim.park().greenhouses().size() + " greenhouse PLCs under remote control")
          : Outcome.notYet("still in local safe mode: " + String.join(", ", inSafeMode));
    });
    checks.check("history is written", Duration.ofSeconds(10), () -> {
      park.historian().flush();
      try (Connection c = park.database().connection();
          ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT series_id) FROM sample")) {
        rs.next();
        return rs.getLong(1) > 0
            ? Outcome.pass(rs.getLong(1) + " samples of " + rs.getLong(2) + " points stored")
            : Outcome.notYet("no samples stored");
      }
    });
    sim.setDrainLevelMillimetres(1000); // above the flood warning level
    checks.check("alarm raised", Duration.ofSeconds(30), () -> flood(park)
        .filter(a -> a.active() && a.state() == AlarmState.UNACKNOWLEDGED)
        .map(a -> Outcome.pass(FLOOD + " " + a.state() + ": " + a.message()))
        .orElseGet(() -> Outcome.notYet(FLOOD + " is " + flood(park).map(a -> a.state() + ": " + a.message()).orElse("unknown"))));
    if (!checks.failed()) {
      try {
        park.alarms().acknowledge(FLOOD, USER, "self-test acknowledgement");
      } catch (java.sql.SQLException e) {
        checks.fail("alarm acknowledged", "acknowledging failed: " + e.getMessage());
      }
    }
    checks.check("alarm acknowledged", Duration.ofSeconds(10), () -> {
      boolean acknowledged = flood(park).map(a -> a.state() == AlarmState.ACKNOWLEDGED).orElse(false);
      try (Connection c = park.database().connection();
          PreparedStatement select = c.prepareStatement(
              "SELECT COUNT(*) FROM alarm_transition WHERE alarm_id = ? AND to_state = 'ACKNOWLEDGED' AND user_name = ?")) {
        select.setString(1, FLOOD);
        select.setString(2, USER);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          return acknowledged && rs.getLong(1) > 0
              ? Outcome.pass(FLOOD + " ACKNOWLEDGED by " + USER + ", transition stored")
              : Outcome.notYet(FLOOD + (acknowledged ? " acknowledged but no transition stored" : " not acknowledged"));
        }
      }
    });
  }

  private static Outcome good(HeadlessPark park, String pointId, String format) {
    Optional<PointValue> value = park.runtime().registry().latest(pointId);
    if (value.isEmpty()) {
      return Outcome.notYet("no value of " + pointId + " yet");
    }
    PointValue v = value.get();
    return v.isGood()
        ? Outcome.pass(String.format(Locale.ROOT, format, v.value()) + ", GOOD")
        : Outcome.notYet(pointId + " is " + v.quality() + ": " + v.reason());
  }

  private static Optional<AlarmSnapshot> flood(HeadlessPark park) {
    return park.alarms().snapshots().stream().filter(a -> a.alarmId().equals(FLOOD)).findFirst();
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A temporary folder left behind harms nothing; the result stands.
    }
  }

  /** What one attempt of a check found. */
  record Outcome(boolean passed, String detail) {
    static Outcome pass(String detail) {
      return new Outcome(true, detail);
    }

    static Outcome notYet(String detail) {
      return new Outcome(false, detail);
    }
  }

  /** One attempt of a check; an exception counts as not passed yet. */
  interface Probe {
    Outcome attempt() throws Exception;
  }

  /**
   * Runs checks in order on the caller's thread: each is tried every 250 ms until it passes, its
   * own limit is up or the whole budget is spent. After the first failure, later checks are
   * skipped. Prints each result as it comes.
   */
  static final class Checks {

    private static final long POLL_MILLIS = 250;

    private final PrintWriter out;
    private final long startNanos = System.nanoTime();
    private final long budgetNanos;
    private int passed;
    private String firstFailure;

    Checks(PrintWriter out, Duration budget) {
      this.out = out;
      this.budgetNanos = budget.toNanos();
    }

    void check(String name, Duration limit, Probe probe) throws InterruptedException {
      if (failed()) {
        return;
      }
      long begin = System.nanoTime();
      long end = Math.min(begin + limit.toNanos(), startNanos + budgetNanos);
      while (true) {
        Outcome outcome;
        try {
          outcome = probe.attempt();
        } catch (Exception e) {
          outcome = Outcome.notYet(e.toString());
        }
        if (outcome.passed()) {
          passed++;
          out.printf(Locale.ROOT, "ok     %s: %s (%.1f s)%n", name, outcome.detail(), (System.nanoTime() - begin) / 1e9);
          out.flush();
          return;
        }
        if (System.nanoTime() >= end) {
          fail(name, String.format(Locale.ROOT, "%s (waited %.0f s)", outcome.detail(), (System.nanoTime() - begin) / 1e9));
          return;
        }
        Thread.sleep(POLL_MILLIS);
      }
    }

    void fail(String name, String detail) {
      if (!failed()) {
        firstFailure = name;
        out.printf("FAILED %s: %s%n", name, detail);
        out.flush();
      }
    }

    boolean failed() {
      return firstFailure != null;
    }

    /** Prints the verdict; the exit code. */
    int finish() {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      if (failed()) {
        out.printf(Locale.ROOT, "self-test FAILED at \"%s\" after %d passed checks (%.1f s)%n", firstFailure, passed, seconds);
      } else {
        out.printf(Locale.ROOT, "self-test passed: %d checks in %.1f s%n", passed, seconds);
      }
      out.flush();
      return failed() ? 1 : 0;
    }
  }
}
