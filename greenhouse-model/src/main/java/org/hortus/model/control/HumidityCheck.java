package org.hortus.model.control;

import org.hortus.model.recipe.HumidityLimit;

/**
 * How far the air is beyond the recipe's humidity limit, in %RH-equivalent, and how to say so.
 *
 * @param excessPercent how far too humid, in %RH (0 when within the limit)
 * @param description the limit and the measured value, for reasons
 */
record HumidityCheck(double excessPercent, Because description) {

  static HumidityCheck of(HumidityLimit limit, double airCelsius, double rhPercent) {
    return switch (limit) {
      case HumidityLimit.MaxRelativeHumidity max ->
          new HumidityCheck(
              Math.max(0, rhPercent - max.percent()),
              Because.of(ClimateReason.HUMIDITY_RH, rhPercent, max.percent()));
      case HumidityLimit.MinHumidityDeficit min -> {
        double deficit = Psychrometrics.humidityDeficitGramsPerM3(airCelsius, rhPercent);
        // Convert the shortfall in g/m³ to %RH at this temperature for one P-band.
        double saturation = Psychrometrics.humidityDeficitGramsPerM3(airCelsius, 0);
        double excess = Math.max(0, (min.gramsPerM3() - deficit) / saturation * 100);
        yield new HumidityCheck(excess, Because.of(ClimateReason.HUMIDITY_DEFICIT, deficit, min.gramsPerM3()));
      }
      case HumidityLimit.VpdBand band -> {
        double vpd = Psychrometrics.vpdKilopascal(airCelsius, rhPercent);
        double saturation = Psychrometrics.saturationVapourPressureKilopascal(airCelsius);
        double excess = Math.max(0, (band.minKilopascal() - vpd) / saturation * 100);
        yield new HumidityCheck(
            excess, Because.of(ClimateReason.HUMIDITY_VPD, vpd, band.minKilopascal(), band.maxKilopascal()));
      }
    };
  }

  boolean tooHumid() {
    return excessPercent > 0;
  }
}
