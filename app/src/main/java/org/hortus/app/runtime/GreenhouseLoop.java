package org.hortus.app.runtime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hortus.devices.PointValue;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ClimateController;
import org.hortus.model.control.ClimateInputs;
import org.hortus.model.control.ClimateScan;
import org.hortus.model.control.ManualOverride;
import org.hortus.model.control.ScheduledVentilation;
import org.hortus.model.control.SensorReading;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.schedule.VentilationSchedule;

/**
 * One greenhouse in the runtime: takes a consistent snapshot of its bound sensors (and the
 * park's weather station), resolves the recipe, runs its {@link ClimateController} and hands the
 * commands to the writer. Called on the scan thread only.
 */
final class GreenhouseLoop {

  private static final Map<Actuator, Signal> ACTUATOR_SIGNALS = Map.of(
      Actuator.HEATING_PIPE_TEMPERATURE, Signal.PIPE_TEMPERATURE_SETPOINT,
      Actuator.LEE_VENT, Signal.LEE_VENT,
      Actuator.WINDWARD_VENT, Signal.WINDWARD_VENT,
      Actuator.ENERGY_SCREEN, Signal.ENERGY_SCREEN,
      Actuator.SHADE_SCREEN, Signal.SHADE_SCREEN,
      Actuator.CO2_DOSING, Signal.CO2_DOSING,
      Actuator.LAMPS, Signal.LAMPS);

  private final Greenhouse greenhouse;
  private final ClimateController controller;
  private final Map<Signal, PointBinding> own;
  private final Map<Signal, PointBinding> weather;
  private final ZoneId zone;
  /** Replaced from any thread ({@link #setVentilationSchedules}), read by the scan. */
  private volatile List<VentilationSchedule> ventilationSchedules = List.of();

  GreenhouseLoop(
      Greenhouse greenhouse, ZoneId zone, ClimateController controller, Map<Signal, PointBinding> own,
      Map<Signal, PointBinding> weather) {
    this.greenhouse = greenhouse;
    this.zone = zone;
    this.controller = controller;
    this.own = Map.copyOf(own);
    this.weather = Map.copyOf(weather);
  }

  GreenhouseScanState scan(
      Instant now, PointRegistry registry, ParkSetpoints setpoints, Collection<ManualOverride> overrides,
      double scanSeconds, ActuatorWriter writer) {
    Map<Signal, PointValue> used = new EnumMap<>(Signal.class);
    ClimateInputs inputs = new ClimateInputs(
        now,
        now.atZone(zone).toLocalDate(),
        reading(own, Signal.AIR_TEMPERATURE, registry, now, used),
        Optional.ofNullable(own.get(Signal.AIR_TEMPERATURE_BACKUP)).map(b -> reading(own, Signal.AIR_TEMPERATURE_BACKUP, registry, now, used)),
        reading(own, Signal.RELATIVE_HUMIDITY, registry, now, used),
        reading(own, Signal.CO2, registry, now, used),
        reading(weather, Signal.OUTSIDE_TEMPERATURE, registry, now, used),
        reading(weather, Signal.GLOBAL_RADIATION, registry, now, used),
        reading(weather, Signal.WIND_SPEED, registry, now, used),
        reading(weather, Signal.RAIN, registry, now, used));
    ResolvedSetpoints resolved = setpoints.setpoints(greenhouse, now);
    ClimateScan scan = controller.scan(inputs, resolved, overrides, scheduledVentilation(now), scanSeconds);
    for (var entry : ACTUATOR_SIGNALS.entrySet()) {
      PointBinding binding = own.get(entry.getValue());
      if (binding != null) {
        writer.write(binding, scan.value(entry.getKey()), now);
      }
    }
    return new GreenhouseScanState(greenhouse.id(), now, used, resolved, scan);
  }

  private static SensorReading reading(
      Map<Signal, PointBinding> bindings, Signal signal, PointRegistry registry, Instant now, Map<Signal, PointValue> used) {
    PointBinding binding = bindings.get(signal);
    if (binding == null) {
      return SensorReading.unusable(now);
    }
    Optional<PointValue> value = registry.forControl(binding.point().id(), binding.staleAfter(), now);
    value.ifPresent(v -> used.put(signal, v));
    return value.filter(PointValue::isGood)
        .map(v -> SensorReading.good(v.value(), v.sourceTime()))
        .orElse(SensorReading.unusable(now));
  }

  /** The ventilation schedules of this greenhouse, from the next scan on. */
  void setVentilationSchedules(List<VentilationSchedule> schedules) {
    ventilationSchedules = List.copyOf(schedules);
  }

  private Optional<ScheduledVentilation> scheduledVentilation(Instant now) {
    return VentilationSchedule.runningAt(ventilationSchedules, now, zone)
        .map(run -> new ScheduledVentilation(
            run.schedule().name(), run.schedule().openingPercent(), run.end().toInstant()));
  }

  Greenhouse greenhouse() {
    return greenhouse;
  }

  List<PointBinding> bindings() {
    return List.copyOf(own.values());
  }

  Optional<PointBinding> binding(Signal signal) {
    return Optional.ofNullable(own.get(signal));
  }
}
