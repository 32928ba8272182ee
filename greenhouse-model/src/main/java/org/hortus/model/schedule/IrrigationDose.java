package org.hortus.model.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a scheduled irrigation gives: a volume per m² of the zone or a valve-open time. Either
 * converts to the other with the zone's area and its pump's flow: litres = mL/m² × area / 1000,
 * open time = litres / flow (L/h).
 */
public sealed interface IrrigationDose {

  /** Litres delivered to a zone of {@code areaM2} fed at {@code pumpLitresPerHour}. */
  double litres(double areaM2, double pumpLitresPerHour);

  /** Valve-open time for a zone of {@code areaM2} fed at {@code pumpLitresPerHour}. */
  Duration runTime(double areaM2, double pumpLitresPerHour);

  /** A volume per m² of zone, the growers' usual unit (300–400 mL/m² a shot for tomato). */
  static IrrigationDose millilitresPerM2(double millilitresPerM2) {
    return new Volume(millilitresPerM2);
  }

  /** A fixed valve-open time. */
  static IrrigationDose runTime(Duration duration) {
    return new RunTime(duration);
  }

  /** Valve-open time for {@code litres} at {@code pumpLitresPerHour}, to the millisecond. */
  static Duration timeFor(double litres, double pumpLitresPerHour) {
    if (!(pumpLitresPerHour > 0)) {
      throw new IllegalArgumentException("pump flow must be positive, was " + pumpLitresPerHour);
    }
    return Duration.ofMillis(Math.round(litres / pumpLitresPerHour * 3_600_000));
  }

  /**
   * A volume per m².
   *
   * @param millilitresPerM2 water per m² of the zone's area, positive
   */
  record Volume(double millilitresPerM2) implements IrrigationDose {
    public Volume {
      if (!(millilitresPerM2 > 0) || !Double.isFinite(millilitresPerM2)) {
        throw new IllegalArgumentException(
            "dose must be a positive volume, was " + millilitresPerM2);
      }
    }

    @Override
    public double litres(double areaM2, double pumpLitresPerHour) {
      return millilitresPerM2 * areaM2 / 1000;
    }

    @Override
    public Duration runTime(double areaM2, double pumpLitresPerHour) {
      return timeFor(litres(areaM2, pumpLitresPerHour), pumpLitresPerHour);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%.0f mL/m²", millilitresPerM2);
    }
  }

  /**
   * A valve-open time.
   *
   * @param duration how long the valve stays open, positive
   */
  record RunTime(Duration duration) implements IrrigationDose {
    public RunTime {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("run time must be positive, was " + duration);
      }
    }

    @Override
    public double litres(double areaM2, double pumpLitresPerHour) {
      return pumpLitresPerHour * duration.toMillis() / 3_600_000.0;
    }

    @Override
    public Duration runTime(double areaM2, double pumpLitresPerHour) {
      return duration;
    }

    @Override
    public String toString() {
      return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
  }
}
