package org.hortus.model.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One greenhouse's inputs for one scan: a consistent snapshot of its sensors and the weather
 * station, taken by the runtime before the scan.
 *
 * @param now the scan's instant
 * @param localDate the park's local date (daily totals reset when it changes)
 * @param airTemperatureCelsius compartment air temperature (primary sensor)
 * @param backupAirTemperatureCelsius a second air sensor in the compartment, if any
 * @param relativeHumidityPercent compartment RH
 * @param co2Ppm compartment CO2
 * @param outsideTemperatureCelsius weather station air temperature
 * @param globalRadiationWattsPerM2 weather station global radiation
 * @param windSpeedMetresPerSecond weather station wind speed (instantaneous)
 * @param rain whether the rain sensor reports rain (1) or not (0)
 */
public record ClimateInputs(
    Instant now,
    LocalDate localDate,
    SensorReading airTemperatureCelsius,
    Optional<SensorReading> backupAirTemperatureCelsius,
    SensorReading relativeHumidityPercent,
    SensorReading co2Ppm,
    SensorReading outsideTemperatureCelsius,
    SensorReading globalRadiationWattsPerM2,
    SensorReading windSpeedMetresPerSecond,
    SensorReading rain) {}
