package org.hortus.model.control;

import java.time.Duration;
import java.time.LocalTime;

/**
 * One greenhouse's control settings: loop tunings, limits, interlocks and fallbacks. Defaults
 * from published practice (GREENHOUSE-PRACTICE.md): GreenLight / Katzin 2021 for P-bands and
 * humidity, Link4/Priva/Hoogendoorn for wind and rain limits, building-automation practice for
 * storm hold times, Link4 fallback settings for sensor loss.
 *
 * @param minPipeCelsius lowest pipe temperature when heating is off (pipes cold)
 * @param maxPipeCelsius highest pipe temperature the boiler gives
 * @param humidityMinPipeCelsius minimum pipe temperature while humidity is above its limit
 * @param heatingGainPipeKelvinPerKelvin pipe °C per °C of air below the heating setpoint
 * @param heatingIntegralSeconds heating loop integral time
 * @param heatingCurveKelvinPerKelvin weather compensation: pipe above the heating setpoint per K
 *     the outside is below it (the feed-forward the loop trims)
 * @param heatingSolarKelvinPerWattPerM2 the feed-forward lowers the pipe this much per W/m² of sun
 * @param ventilationPBandKelvin vents go from 0 to fully open over this many K above ventilation
 * @param ventilationIntegralSeconds integral time of the vent loop (a sustained excess opens
 *     further)
 * @param humidityPBandPercent humidity vent demand goes from 0 to its maximum over this many %RH
 * @param humidityMaxVentPercent most the vents open for humidity alone
 * @param leeWindStartClosingMetresPerSecond lee vents start closing at this mean wind
 * @param leeWindClosedMetresPerSecond … and are closed at this
 * @param windwardWindStartClosingMetresPerSecond windward vents start closing at this mean wind
 * @param windwardWindClosedMetresPerSecond … and are closed at this
 * @param windAveragingWindow the running-average window for wind
 * @param stormWindMetresPerSecond above this mean wind all vents close (storm interlock)
 * @param stormHoldTime vents reopen only after the wind stayed below the limit this long
 * @param rainWindwardMaxPercent windward vents open at most this much in rain
 * @param frostAirCelsius below this air temperature: vents shut, heating to maximum
 * @param co2PBandPpm CO2 dosing goes from 0 to capacity over this many ppm below target
 * @param co2CapacityKgPerHour the supply's capacity for this greenhouse
 * @param co2DailyLimitKg the most dosed in one local day
 * @param screenHysteresisKelvin energy screen reopens this much above its closing temperature
 * @param shadeHysteresisWattsPerM2 shade screen reopens this much below its closing radiation
 * @param lampsAllowedFrom lamps may burn from this local time …
 * @param lampsAllowedUntil … until this one
 * @param lampPpfdMicromolPerM2s the lamps' light at the crop, for the day's light integral
 * @param lampHysteresisWattsPerM2 lamps switch off this much above their switch-on radiation
 * @param sensorHoldTime how long the last output is held when a needed sensor is unusable
 * @param safeVentPercent vent opening to go to after the hold time without a usable sensor
 */
public record ClimateSettings(
    double minPipeCelsius,
    double maxPipeCelsius,
    double humidityMinPipeCelsius,
    double heatingGainPipeKelvinPerKelvin,
    double heatingIntegralSeconds,
    double heatingCurveKelvinPerKelvin,
    double heatingSolarKelvinPerWattPerM2,
    double ventilationPBandKelvin,
    double ventilationIntegralSeconds,
    double humidityPBandPercent,
    double humidityMaxVentPercent,
    double leeWindStartClosingMetresPerSecond,
    double leeWindClosedMetresPerSecond,
    double windwardWindStartClosingMetresPerSecond,
    double windwardWindClosedMetresPerSecond,
    Duration windAveragingWindow,
    double stormWindMetresPerSecond,
    Duration stormHoldTime,
    double rainWindwardMaxPercent,
    double frostAirCelsius,
    double co2PBandPpm,
    double co2CapacityKgPerHour,
    double co2DailyLimitKg,
    double screenHysteresisKelvin,
    double shadeHysteresisWattsPerM2,
    LocalTime lampsAllowedFrom,
    LocalTime lampsAllowedUntil,
    double lampPpfdMicromolPerM2s,
    double lampHysteresisWattsPerM2,
    Duration sensorHoldTime,
    double safeVentPercent) {

  /** Defaults for a Venlo glasshouse of about one hectare with pure CO2. */
  public static ClimateSettings defaults() {
    return new ClimateSettings(
        20, 90, 45, 12, 1200, 2.0, 0.1,
        4, 900, 10, 50,
        10, 16, 6, 12, Duration.ofSeconds(5),
        17, Duration.ofMinutes(10), 5,
        4,
        100, 60, 600,
        1, 50,
        LocalTime.of(0, 0), LocalTime.of(18, 0), 200, 50,
        Duration.ofMinutes(3), 10);
  }

  /** A copy with another CO2 supply. */
  public ClimateSettings withCo2Supply(double capacityKgPerHour, double dailyLimitKg) {
    return new ClimateSettings(
        minPipeCelsius, maxPipeCelsius, humidityMinPipeCelsius, heatingGainPipeKelvinPerKelvin,
        heatingIntegralSeconds, heatingCurveKelvinPerKelvin, heatingSolarKelvinPerWattPerM2, ventilationPBandKelvin, ventilationIntegralSeconds, humidityPBandPercent, humidityMaxVentPercent,
        leeWindStartClosingMetresPerSecond, leeWindClosedMetresPerSecond,
        windwardWindStartClosingMetresPerSecond, windwardWindClosedMetresPerSecond,
        windAveragingWindow, stormWindMetresPerSecond, stormHoldTime, rainWindwardMaxPercent,
        frostAirCelsius, co2PBandPpm, capacityKgPerHour, dailyLimitKg, screenHysteresisKelvin,
        shadeHysteresisWattsPerM2, lampsAllowedFrom, lampsAllowedUntil, lampPpfdMicromolPerM2s,
        lampHysteresisWattsPerM2, sensorHoldTime, safeVentPercent);
  }
}
