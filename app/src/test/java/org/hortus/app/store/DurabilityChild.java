package org.hortus.app.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.devices.PointValue;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ManualOverride;

/**
 * The process {@link DatabaseKillTest} kills: it writes history at about 5,000 values/s (a
 * hundred-house park at 30 points a second needs 3,000) and
 * saves an override every 20 ms, printing "saved ID" only after each save returned.
 */
public final class DurabilityChild {

  private DurabilityChild() {}

  public static void main(String[] args) throws Exception {
    Database database = Database.open(args[0]);
    Historian historian = new Historian(database, HistorianSettings.defaults(), Clock.systemUTC());
    historian.start();
    OverrideStore overrides = new OverrideStore(database);
    Thread history = new Thread(() -> {
      while (true) {
        Instant now = Instant.now();
        for (int p = 0; p < 50; p++) {
          historian.record(PointValue.good("GH-01.point." + p, now.toEpochMilli() % 100_000 + p, now, now));
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "history-writer");
    history.setDaemon(true);
    history.start();
    System.out.println("ready");
    System.out.flush();
    while (true) {
      Instant now = Instant.now();
      long id = overrides.save("GH-01",
          new ManualOverride(Actuator.LEE_VENT, 30, now.plus(Duration.ofHours(1)), "durability", "kill test"), now);
      System.out.println("saved " + id);
      System.out.flush();
      Thread.sleep(20);
    }
  }
}
