package org.hortus.model.sim.physics;

import java.util.Objects;

/**
 * The state of one compartment: the model's integrated variables plus the running flux integrals.
 * Mutable for speed: {@link GreenhouseModel#step} advances it in place. Not thread-safe; one owner
 * drives it. Use {@link #copy()} for a snapshot.
 *
 * <p>Stored variables: air temperature (°C; the air node includes the crop's heat capacity), vapour
 * concentration (kg/m³), CO2 (mg/m³; {@link #co2Ppm()} converts at the air temperature), pipe water
 * temperature (°C), cover temperature (°C) and per zone the substrate water (L per m² of zone
 * floor).
 */
public final class GreenhouseState {

  private final CompartmentParameters parameters;
  double airTemperatureCelsius;
  double vapourConcentrationKgPerM3;
  double co2MilligramsPerM3;
  double pipeTemperatureCelsius;
  double coverTemperatureCelsius;
  final double[] substrateWaterLitresPerM2;
  final BalanceLedger ledger;

  private GreenhouseState(CompartmentParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    int zones = parameters.zones().size();
    substrateWaterLitresPerM2 = new double[zones];
    ledger = new BalanceLedger(zones);
  }

  private GreenhouseState(GreenhouseState other) {
    parameters = other.parameters;
    airTemperatureCelsius = other.airTemperatureCelsius;
    vapourConcentrationKgPerM3 = other.vapourConcentrationKgPerM3;
    co2MilligramsPerM3 = other.co2MilligramsPerM3;
    pipeTemperatureCelsius = other.pipeTemperatureCelsius;
    coverTemperatureCelsius = other.coverTemperatureCelsius;
    substrateWaterLitresPerM2 = other.substrateWaterLitresPerM2.clone();
    ledger = other.ledger.copy();
  }

  /**
   * A compartment at rest: pipes and cover at air temperature, slabs at 75 % of saturation.
   *
   * @param airTemperatureCelsius air (and crop, pipe, cover) temperature, °C
   * @param relativeHumidityPercent relative humidity, 0–100 %
   * @param co2Ppm CO2 mole fraction, ppm
   */
  public static GreenhouseState initial(
      CompartmentParameters parameters,
      double airTemperatureCelsius,
      double relativeHumidityPercent,
      double co2Ppm) {
    GreenhouseState s = new GreenhouseState(parameters);
    s.setAirTemperatureCelsius(airTemperatureCelsius);
    s.setPipeTemperatureCelsius(airTemperatureCelsius);
    s.setCoverTemperatureCelsius(airTemperatureCelsius);
    s.setRelativeHumidityPercent(relativeHumidityPercent);
    s.setCo2Ppm(co2Ppm);
    for (int z = 0; z < s.substrateWaterLitresPerM2.length; z++) {
      s.substrateWaterLitresPerM2[z] =
          0.75 * parameters.zones().get(z).saturationWaterLitresPerM2();
    }
    return s;
  }

  /** An independent copy, ledger included. */
  public GreenhouseState copy() {
    return new GreenhouseState(this);
  }

  public CompartmentParameters parameters() {
    return parameters;
  }

  public double airTemperatureCelsius() {
    return airTemperatureCelsius;
  }

  public double vapourConcentrationKgPerM3() {
    return vapourConcentrationKgPerM3;
  }

  public double co2MilligramsPerM3() {
    return co2MilligramsPerM3;
  }

  public double pipeTemperatureCelsius() {
    return pipeTemperatureCelsius;
  }

  public double coverTemperatureCelsius() {
    return coverTemperatureCelsius;
  }

  /** CO2 mole fraction at the air temperature, ppm. */
  public double co2Ppm() {
    return MoistAir.co2Ppm(co2MilligramsPerM3, airTemperatureCelsius);
  }

  /** Relative humidity, % (can pass 100 briefly in supersaturated fog). */
  public double relativeHumidityPercent() {
    return MoistAir.relativeHumidityPercent(vapourConcentrationKgPerM3, airTemperatureCelsius);
  }

  /** Vapour pressure deficit of the air, kPa. */
  public double vapourPressureDeficitKiloPascal() {
    double saturation = MoistAir.saturationVapourPressurePa(airTemperatureCelsius);
    return (saturation
            - MoistAir.vapourPressurePa(vapourConcentrationKgPerM3, airTemperatureCelsius))
        / 1000;
  }

  /** Humidity deficit: vapour the air could still take up, g/m³. */
  public double humidityDeficitGramsPerM3() {
    double saturation =
        MoistAir.vapourConcentrationKgPerM3(
            MoistAir.saturationVapourPressurePa(airTemperatureCelsius), airTemperatureCelsius);
    return (saturation - vapourConcentrationKgPerM3) * 1000;
  }

  /** Dew point of the air, °C. */
  public double dewPointCelsius() {
    return MoistAir.dewPointCelsius(
        MoistAir.vapourPressurePa(vapourConcentrationKgPerM3, airTemperatureCelsius));
  }

  /** Water in one zone's slabs, L per m² of zone floor. */
  public double substrateWaterLitresPerM2(int zone) {
    return substrateWaterLitresPerM2[zone];
  }

  /** Volumetric water content of one zone's slabs, fraction of the substrate volume (0–1). */
  public double substrateWaterContentFraction(int zone) {
    return substrateWaterLitresPerM2[zone]
        / parameters.zones().get(zone).substrateVolumeLitresPerM2();
  }

  /** Water drained from one zone since the start, L per m² of zone floor. */
  public double cumulativeDrainLitresPerM2(int zone) {
    return ledger.drainLitresPerM2(zone);
  }

  /** The running flux integrals. */
  public BalanceLedger ledger() {
    return ledger;
  }

  public void setAirTemperatureCelsius(double celsius) {
    airTemperatureCelsius = temperature("air", celsius);
  }

  public void setPipeTemperatureCelsius(double celsius) {
    pipeTemperatureCelsius = temperature("pipe", celsius);
  }

  public void setCoverTemperatureCelsius(double celsius) {
    coverTemperatureCelsius = temperature("cover", celsius);
  }

  /** Sets the vapour concentration from a relative humidity at the current air temperature. */
  public void setRelativeHumidityPercent(double percent) {
    if (!(percent >= 0 && percent <= 100)) {
      throw new IllegalArgumentException("relative humidity must be 0–100 %, was " + percent);
    }
    vapourConcentrationKgPerM3 = MoistAir.vapourConcentrationAt(airTemperatureCelsius, percent);
  }

  /** Sets CO2 from a mole fraction at the current air temperature. */
  public void setCo2Ppm(double ppm) {
    if (!(ppm >= 0 && ppm <= 10_000)) {
      throw new IllegalArgumentException("CO2 must be 0–10,000 ppm, was " + ppm);
    }
    co2MilligramsPerM3 = MoistAir.co2MilligramsPerM3(ppm, airTemperatureCelsius);
  }

  /** Sets one zone's slab water, L per m² of zone floor (0 up to the substrate volume). */
  public void setSubstrateWaterLitresPerM2(int zone, double litresPerM2) {
    double volume = parameters.zones().get(zone).substrateVolumeLitresPerM2();
    if (!(litresPerM2 >= 0 && litresPerM2 <= volume)) {
      throw new IllegalArgumentException(
          "substrate water must be 0–" + volume + " L/m², was " + litresPerM2);
    }
    substrateWaterLitresPerM2[zone] = litresPerM2;
  }

  private static double temperature(String what, double celsius) {
    if (!(celsius >= -60 && celsius <= 150)) {
      throw new IllegalArgumentException(what + " temperature must be -60–150 °C, was " + celsius);
    }
    return celsius;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "GreenhouseState[air %.2f °C, RH %.1f %%, CO2 %.0f ppm, pipe %.1f °C, cover %.1f °C]",
        airTemperatureCelsius,
        relativeHumidityPercent(),
        co2Ppm(),
        pipeTemperatureCelsius,
        coverTemperatureCelsius);
  }
}
