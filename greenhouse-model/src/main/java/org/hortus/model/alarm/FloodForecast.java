package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hortus.model.alarm.AlarmCondition.Flood;
import org.hortus.model.control.Because;

/**
 * Flood warning from the drainage water level and the rain: a pure function of recent samples. The
 * level's trend is the least-squares slope over the samples in the flood's slope window (robust
 * against a single noisy reading); at that rate the level reaches its limit in (limit − level) /
 * slope.
 */
public final class FloodForecast {

  /** Slower than this (either way) is "steady": no trend worded, no time to the limit. */
  static final double STEADY_MM_PER_HOUR = 1;

  private static final double SECONDS_PER_HOUR = 3600;

  private FloodForecast() {}

  /**
   * The outlook at {@code now}; empty when no level sample lies within the slope window (ending at
   * {@code now}).
   *
   * @param now the scan instant
   * @param levels drainage levels, any order; samples after {@code now} are ignored
   * @param rainMmPerHour the rain intensity now
   * @param flood the thresholds
   */
  public static Optional<FloodOutlook> assess(
      Instant now, List<LevelSample> levels, double rainMmPerHour, Flood flood) {
    Instant windowStart = now.minus(flood.slopeWindow());
    List<LevelSample> recent =
        levels.stream().filter(s -> !s.at().isBefore(windowStart) && !s.at().isAfter(now)).toList();
    if (recent.isEmpty()) {
      return Optional.empty();
    }
    LevelSample latest = recent.getFirst();
    for (LevelSample s : recent) {
      latest = s.at().isBefore(latest.at()) ? latest : s;
    }
    double level = latest.levelMm();
    double slope = slopeMmPerHour(recent, windowStart);
    boolean rising = slope > flood.risingMmPerHour();
    boolean raining = rainMmPerHour >= flood.rainMmPerHour();
    boolean aboveWarning = level > flood.warnAboveMm();
    Optional<Duration> eta = Optional.empty();
    if (level >= flood.limitMm()) {
      eta = Optional.of(Duration.ZERO);
    } else if (slope >= STEADY_MM_PER_HOUR) {
      double hours = (flood.limitMm() - level) / slope;
      eta = Optional.of(Duration.ofSeconds(Math.round(Math.min(hours, 1e6) * SECONDS_PER_HOUR)));
    }
    Because message = message(level, slope, rainMmPerHour, aboveWarning, eta, flood);
    return Optional.of(
        new FloodOutlook(
            level,
            slope,
            rainMmPerHour,
            rising,
            raining,
            aboveWarning,
            eta,
            message,
            flood.warnAboveMm() - flood.deadbandMm()));
  }

  /** Least-squares slope in mm/h; NaN unless two samples at different times. */
  static double slopeMmPerHour(List<LevelSample> samples, Instant origin) {
    int n = samples.size();
    double sumX = 0;
    double sumY = 0;
    for (LevelSample s : samples) {
      sumX += hoursSince(origin, s.at());
      sumY += s.levelMm();
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double sxy = 0;
    double sxx = 0;
    for (LevelSample s : samples) {
      double dx = hoursSince(origin, s.at()) - meanX;
      sxy += dx * (s.levelMm() - meanY);
      sxx += dx * dx;
    }
    return sxx > 0 ? sxy / sxx : Double.NaN;
  }

  private static double hoursSince(Instant origin, Instant at) {
    return Duration.between(origin, at).toMillis() / 1000.0 / SECONDS_PER_HOUR;
  }

  private static Because message(
      double level,
      double slope,
      double rain,
      boolean aboveWarning,
      Optional<Duration> eta,
      Flood flood) {
    Because text;
    if (Double.isNaN(slope)) {
      text = Because.of(AlarmPhrase.DRAIN_TREND_UNKNOWN, level);
    } else if (Math.abs(slope) < STEADY_MM_PER_HOUR) {
      text = Because.of(AlarmPhrase.DRAIN_STEADY, level);
    } else {
      text =
          Because.of(
              slope > 0 ? AlarmPhrase.DRAIN_RISING : AlarmPhrase.DRAIN_FALLING, level, Math.abs(slope));
    }
    text =
        rain > 0
            ? Because.of(AlarmPhrase.WITH_RAIN, text, rain)
            : Because.of(AlarmPhrase.WITHOUT_RAIN, text);
    if (level >= flood.limitMm()) {
      return Because.of(AlarmPhrase.AT_LIMIT, text, flood.limitMm());
    }
    if (aboveWarning) {
      text = Because.of(AlarmPhrase.ABOVE_WARNING, text, flood.warnAboveMm());
    }
    if (eta.isPresent()) {
      text = Because.of(AlarmPhrase.REACHES_LIMIT, text, flood.limitMm(), AlarmText.about(eta.get()));
    }
    return text;
  }
}
