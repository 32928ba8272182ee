package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.WaterNetwork;

/**
 * How an {@link IrrigationController} is set up.
 *
 * @param timeZone the park's time zone: the day's tally resets at local midnight there
 * @param network the zones it runs and the supplies feeding them
 * @param zoneSettings per-zone limits by zone id; zones left out get {@code defaultZoneSettings}
 * @param defaultZoneSettings limits for zones without their own
 * @param leakDetection when a supply's flow counts as a leak
 * @param schedules fixed irrigation schedules (those on zones outside the network are ignored)
 */
public record IrrigationConfig(
    ZoneId timeZone,
    WaterNetwork network,
    Map<String, ZoneSettings> zoneSettings,
    ZoneSettings defaultZoneSettings,
    LeakDetection leakDetection,
    List<IrrigationSchedule> schedules) {

  public IrrigationConfig {
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(defaultZoneSettings, "defaultZoneSettings");
    Objects.requireNonNull(leakDetection, "leakDetection");
    zoneSettings = Map.copyOf(zoneSettings);
    schedules = List.copyOf(schedules);
  }

  /**
   * A builder with defaults: no dry floor, 30 min maximum valve-open time, 100 L/h leak for 30 s.
   */
  public static Builder builder(ZoneId timeZone, WaterNetwork network) {
    return new Builder(timeZone, network);
  }

  /** The limits of one zone. */
  public ZoneSettings settingsOf(String zoneId) {
    return zoneSettings.getOrDefault(zoneId, defaultZoneSettings);
  }

  /** Builds an {@link IrrigationConfig}. */
  public static final class Builder {
    private final ZoneId timeZone;
    private final WaterNetwork network;
    private final Map<String, ZoneSettings> zoneSettings = new HashMap<>();
    private ZoneSettings defaultZoneSettings = ZoneSettings.DEFAULT;
    private LeakDetection leakDetection = LeakDetection.DEFAULT;
    private List<IrrigationSchedule> schedules = List.of();

    private Builder(ZoneId timeZone, WaterNetwork network) {
      this.timeZone = timeZone;
      this.network = network;
    }

    /** Own limits for one zone. */
    public Builder zone(String zoneId, ZoneSettings settings) {
      zoneSettings.put(zoneId, settings);
      return this;
    }

    /** An extra shot for this zone below this substrate water content (volume %). */
    public Builder dryFloorPercent(String zoneId, double percent) {
      return zone(zoneId, settingsOf(zoneId).withDryFloorPercent(percent));
    }

    /** The maximum valve-open time per shot for zones without their own settings. */
    public Builder maxValveOpenTime(Duration limit) {
      defaultZoneSettings = defaultZoneSettings.withMaxValveOpenTime(limit);
      return this;
    }

    public Builder leakDetection(LeakDetection detection) {
      leakDetection = detection;
      return this;
    }

    public Builder schedules(List<IrrigationSchedule> list) {
      schedules = List.copyOf(list);
      return this;
    }

    public IrrigationConfig build() {
      return new IrrigationConfig(
          timeZone, network, zoneSettings, defaultZoneSettings, leakDetection, schedules);
    }

    private ZoneSettings settingsOf(String zoneId) {
      return zoneSettings.getOrDefault(zoneId, defaultZoneSettings);
    }
  }
}
