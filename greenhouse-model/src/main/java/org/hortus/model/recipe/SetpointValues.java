package org.hortus.model.recipe;

/** The setpoints that ramp, and how two sets blend. */
record SetpointValues(
    double heatingCelsius,
    double ventilationCelsius,
    HumidityLimit humidity,
    double co2TargetPpm,
    double co2ReducedPpm) {

  static SetpointValues of(ClimateSetpoints setpoints) {
    return new SetpointValues(
        setpoints.heatingTemperatureCelsius(),
        setpoints.ventilationTemperatureCelsius(),
        setpoints.humidity(),
        setpoints.co2().targetPpm(),
        setpoints.co2().reducedTargetPpm());
  }

  /** Linear blend: {@code share} 0 gives {@code from}, 1 gives {@code to}. */
  static SetpointValues between(SetpointValues from, SetpointValues to, double share) {
    if (share >= 1) {
      return to;
    }
    return new SetpointValues(
        lerp(from.heatingCelsius, to.heatingCelsius, share),
        lerp(from.ventilationCelsius, to.ventilationCelsius, share),
        humidityBetween(from.humidity, to.humidity, share),
        lerp(from.co2TargetPpm, to.co2TargetPpm, share),
        lerp(from.co2ReducedPpm, to.co2ReducedPpm, share));
  }

  /** Limits of one form ramp; a change of form holds the new form from the period's start. */
  private static HumidityLimit humidityBetween(HumidityLimit from, HumidityLimit to, double share) {
    return switch (to) {
      case HumidityLimit.MaxRelativeHumidity t when from instanceof HumidityLimit.MaxRelativeHumidity f ->
          new HumidityLimit.MaxRelativeHumidity(lerp(f.percent(), t.percent(), share));
      case HumidityLimit.MinHumidityDeficit t when from instanceof HumidityLimit.MinHumidityDeficit f ->
          new HumidityLimit.MinHumidityDeficit(lerp(f.gramsPerM3(), t.gramsPerM3(), share));
      case HumidityLimit.VpdBand t when from instanceof HumidityLimit.VpdBand f ->
          new HumidityLimit.VpdBand(
              lerp(f.minKilopascal(), t.minKilopascal(), share),
              lerp(f.maxKilopascal(), t.maxKilopascal(), share));
      default -> to;
    };
  }

  private static double lerp(double from, double to, double share) {
    return from + (to - from) * share;
  }
}
