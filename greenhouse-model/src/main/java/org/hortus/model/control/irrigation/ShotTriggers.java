package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hortus.model.recipe.IrrigationStrategy;
import org.hortus.model.recipe.ResolvedSetpoints.TimeWindow;

/**
 * The strategy's rules for one zone at one instant: is a dry-substrate, radiation or max-interval
 * shot due, and if not, why not. Pure: reads the zone's state, changes nothing.
 */
final class ShotTriggers {

  /** The outcome for one zone. */
  sealed interface Decision {}

  /** A shot is due. */
  record Due(ShotTrigger trigger, String why) implements Decision {}

  /** No shot is due, with the reason for the operator. */
  record Idle(String reason) implements Decision {}

  private final ZoneId timeZone;

  ShotTriggers(ZoneId timeZone) {
    this.timeZone = timeZone;
  }

  /** Whether {@code now} lies in the window [from, until). */
  static boolean inside(Optional<TimeWindow> window, Instant now) {
    return window
        .map(w -> !now.isBefore(w.from().toInstant()) && now.isBefore(w.until().toInstant()))
        .orElse(false);
  }

  Decision evaluate(ZoneState zone, ZoneReading reading, Instant now) {
    if (reading.window().isEmpty()) {
      return new Idle("no irrigation window today");
    }
    Instant from = reading.window().get().from().toInstant();
    Instant until = reading.window().get().until().toInstant();
    String window = clock(from) + "–" + clock(until);
    if (now.isBefore(from)) {
      return new Idle("waiting for the irrigation window " + window);
    }
    if (!now.isBefore(until)) {
      return new Idle("irrigation window " + window + " closed");
    }
    IrrigationStrategy strategy = reading.strategy();
    Instant last = zone.lastShotStart;
    Instant minIntervalEnds =
        last == null ? from : last.plus(Duration.ofMinutes(strategy.minIntervalMinutes()));
    boolean minIntervalPassed = !now.isBefore(minIntervalEnds);
    String wait =
        "; min interval "
            + strategy.minIntervalMinutes()
            + " min: not before "
            + clock(minIntervalEnds);

    Optional<String> dry = dry(zone, reading);
    if (dry.isPresent()) {
      return minIntervalPassed
          ? new Due(ShotTrigger.DRY_SUBSTRATE, dry.get())
          : new Idle(dry.get() + wait);
    }
    double sum = zone.radiationSumJoulesPerCm2;
    double threshold = strategy.radiationSumJoulesPerCm2();
    if (sum >= threshold) {
      String why = "radiation sum " + Texts.fixed(sum, 0) + " J/cm² ≥ " + trim(threshold);
      return minIntervalPassed ? new Due(ShotTrigger.RADIATION, why) : new Idle(why + wait);
    }
    Instant maxIntervalEnds =
        (last == null ? from : last).plus(Duration.ofMinutes(strategy.maxIntervalMinutes()));
    if (!now.isBefore(maxIntervalEnds) && minIntervalPassed) {
      String since =
          last == null ? "the window opened at " + clock(from) : "the last shot at " + clock(last);
      return new Due(
          ShotTrigger.MAX_INTERVAL,
          "max interval " + strategy.maxIntervalMinutes() + " min since " + since);
    }
    return new Idle(
        "radiation sum "
            + Texts.fixed(sum, 0)
            + " of "
            + trim(threshold)
            + " J/cm²; max interval at "
            + clock(maxIntervalEnds));
  }

  private static Optional<String> dry(ZoneState zone, ZoneReading reading) {
    OptionalDouble floor = zone.settings.substrateWaterContentFloorPercent();
    OptionalDouble content = reading.substrateWaterContentPercent();
    if (floor.isEmpty() || content.isEmpty() || content.getAsDouble() >= floor.getAsDouble()) {
      return Optional.empty();
    }
    return Optional.of(
        "substrate water content "
            + Texts.fixed(content.getAsDouble(), 1)
            + " % < "
            + Texts.fixed(floor.getAsDouble(), 1)
            + " %");
  }

  private String clock(Instant instant) {
    return Texts.clock(instant, timeZone);
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Texts.fixed(value, 0) : Texts.fixed(value, 1);
  }
}
