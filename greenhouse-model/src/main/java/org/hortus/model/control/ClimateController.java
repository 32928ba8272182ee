package org.hortus.model.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.SupplementalLight;

/**
 * The climate computer of one greenhouse: heating, ventilation (lee first, then windward), CO2,
 * screens and lamps from the recipe's setpoints, with the storm, rain and frost interlocks,
 * sensor fallbacks and manual overrides. One call of {@link #scan} is one scan; it keeps the
 * loops' state between scans (PID integrals, wind average, storm hold, daily totals). Not
 * thread-safe: one scan thread drives it.
 *
 * <p>Precedence, highest first: interlocks (storm, frost, rain) → manual overrides → sensor
 * fallback → a running ventilation schedule (vents only, within the wind limits) → the loops.
 * Every command says which one decided and why.
 */
public final class ClimateController {

  /** Share of global radiation that is photosynthetically active, and J → µmol of PAR. */
  private static final double PAR_SHARE = 0.47;

  private static final double MICROMOL_PER_JOULE_PAR = 4.57;
  private static final double COVER_LIGHT_TRANSMISSION = 0.65;

  private final ClimateSettings settings;
  private final ZoneId zone;
  private final Pid heating;
  private final Pid ventilation;
  private final RunningAverage wind;
  private final StormInterlock storm;
  private final SensorFallback airSensor = new SensorFallback(ClimateReason.SENSOR_AIR);
  private final SensorFallback windSensor = new SensorFallback(ClimateReason.SENSOR_WIND);
  private final SensorFallback co2Sensor = new SensorFallback(ClimateReason.SENSOR_CO2);
  private final Map<Actuator, ActuatorCommand> last = new EnumMap<>(Actuator.class);
  private LocalDate day;
  private double co2DosedTodayKg;
  private double lightTodayMolPerM2;
  private boolean energyScreenClosed;
  private boolean shadeScreenClosed;
  private boolean lampsOn;
  private double lastHeatingFeedForward;

  public ClimateController(ClimateSettings settings, ZoneId zone) {
    this.settings = settings;
    this.zone = zone;
    this.heating =
        new Pid(
            new Pid.Tuning(
                settings.heatingGainPipeKelvinPerKelvin(), settings.heatingIntegralSeconds(), 0,
                settings.minPipeCelsius(), settings.maxPipeCelsius(), 1.0),
            settings.minPipeCelsius());
    // Vents: the P-band of practice plus integral action, so a sustained excess opens further
    // instead of settling above the ventilation setpoint (a P-only loop always does).
    this.ventilation =
        new Pid(new Pid.Tuning(100 / settings.ventilationPBandKelvin(), settings.ventilationIntegralSeconds(), 0, 0, 100, 100), 0);
    this.wind = new RunningAverage(settings.windAveragingWindow());
    this.storm = new StormInterlock(settings.stormWindMetresPerSecond(), settings.stormHoldTime());
  }

  /** One scan of {@code scanSeconds} length: every actuator's command with its reason. */
  public ClimateScan scan(
      ClimateInputs in, ResolvedSetpoints setpoints, Collection<ManualOverride> overrides, double scanSeconds) {
    return scan(in, setpoints, overrides, Optional.empty(), scanSeconds);
  }

  /**
   * One scan with a ventilation schedule's run holding: while it runs, both vents go to its
   * opening instead of the loop's (the wind limits still apply); overrides and interlocks beat it.
   */
  public ClimateScan scan(
      ClimateInputs in, ResolvedSetpoints setpoints, Collection<ManualOverride> overrides,
      Optional<ScheduledVentilation> scheduled, double scanSeconds) {
    Instant now = in.now();
    startDayIfNew(in.localDate());
    Map<Actuator, ActuatorCommand> commands = new EnumMap<>(Actuator.class);
    List<Because> interlocks = new ArrayList<>();

    Optional<SensorReading> air = usableAir(in);
    boolean airUsable = airSensor.observe(air.isPresent(), now);
    double airCelsius = air.map(SensorReading::value).orElse(Double.NaN);
    boolean rhUsable = in.relativeHumidityPercent().usable() && airUsable;
    HumidityCheck humidity =
        rhUsable
            ? HumidityCheck.of(setpoints.humidity(), airCelsius, in.relativeHumidityPercent().value())
            : new HumidityCheck(0, Because.of(ClimateReason.HUMIDITY_UNKNOWN));
    boolean windUsable = windSensor.observe(in.windSpeedMetresPerSecond().usable(), now);
    if (windUsable) {
      wind.add(now, in.windSpeedMetresPerSecond().value());
    }
    double meanWind = windUsable ? wind.mean() : Double.NaN;

    // Heating.
    if (airUsable) {
      double pipe = heating.update(setpoints.heatingTemperatureCelsius() - airCelsius, scanSeconds, heatingFeedForward(in, setpoints));
      Because reason = Because.of(ClimateReason.HEATING_AIR, airCelsius, setpoints.heatingTemperatureCelsius());
      if (humidity.tooHumid() && pipe < settings.humidityMinPipeCelsius()) {
        pipe = settings.humidityMinPipeCelsius();
        reason = Because.of(ClimateReason.HEATING_HUMIDITY, humidity.description());
      }
      commands.put(Actuator.HEATING_PIPE_TEMPERATURE, new ActuatorCommand(Actuator.HEATING_PIPE_TEMPERATURE, pipe, Decider.HEATING, reason));
    } else {
      commands.put(Actuator.HEATING_PIPE_TEMPERATURE,
          airSensor.command(Actuator.HEATING_PIPE_TEMPERATURE, lastValue(Actuator.HEATING_PIPE_TEMPERATURE), settings.minPipeCelsius(), settings.sensorHoldTime(), now));
    }

    // Ventilation.
    ventilate(in, setpoints, airUsable, airCelsius, humidity, windUsable, meanWind, commands, scanSeconds,
        scheduled.filter(s -> now.isBefore(s.until())));

    // Screens and lamps.
    screens(in, setpoints, humidity, airCelsius, commands);
    commands.put(Actuator.LAMPS, lamps(in, setpoints.light(), scanSeconds));

    applyOverrides(overrides, now, commands);
    applyInterlocks(in, airUsable, airCelsius, windUsable, meanWind, commands, interlocks);

    // CO2 last: its target depends on the vents as actually applied (overrides, interlocks).
    commands.put(Actuator.CO2_DOSING, co2(in, setpoints, commands, scanSeconds));
    applyOverrides(overrides.stream().filter(o -> o.actuator() == Actuator.CO2_DOSING).toList(), now, commands);

    trackLoops(commands);
    co2DosedTodayKg += commands.get(Actuator.CO2_DOSING).value() * scanSeconds / 3600;
    last.putAll(commands);
    return new ClimateScan(now, commands, interlocks, co2DosedTodayKg, lightTodayMolPerM2);
  }

  private Optional<SensorReading> usableAir(ClimateInputs in) {
    if (in.airTemperatureCelsius().usable()) {
      return Optional.of(in.airTemperatureCelsius());
    }
    return in.backupAirTemperatureCelsius().filter(SensorReading::usable);
  }

  private void ventilate(
      ClimateInputs in, ResolvedSetpoints sp, boolean airUsable, double airCelsius, HumidityCheck humidity,
      boolean windUsable, double meanWind, Map<Actuator, ActuatorCommand> commands, double scanSeconds,
      Optional<ScheduledVentilation> scheduled) {
    Instant now = in.now();
    if (!airUsable) {
      commands.put(Actuator.LEE_VENT, airSensor.command(Actuator.LEE_VENT, lastValue(Actuator.LEE_VENT), settings.safeVentPercent(), settings.sensorHoldTime(), now));
      commands.put(Actuator.WINDWARD_VENT, airSensor.command(Actuator.WINDWARD_VENT, lastValue(Actuator.WINDWARD_VENT), 0, settings.sensorHoldTime(), now));
      return;
    }
    double temperatureDemand = ventilation.update(airCelsius - sp.ventilationTemperatureCelsius(), scanSeconds);
    // Humidity vents only while the air is warm enough: they close 1 K below heating (GreenLight).
    double warmEnough = clamp01(airCelsius - (sp.heatingTemperatureCelsius() - 1));
    double humidityDemand = clamp01(humidity.excessPercent() / settings.humidityPBandPercent()) * settings.humidityMaxVentPercent() * warmEnough;
    double demand = Math.max(temperatureDemand, humidityDemand);
    Because why = temperatureDemand >= humidityDemand
        ? Because.of(ClimateReason.VENTILATION_AIR, airCelsius, sp.ventilationTemperatureCelsius())
        : Because.of(ClimateReason.VENTILATION_HUMIDITY, humidity.description());
    // Lee side first, then windward: total demand 0–50 % opens lee, 50–100 % windward.
    double lee = Math.min(100, demand * 2);
    double windward = Math.max(0, demand * 2 - 100);
    Decider decidedBy = Decider.VENTILATION;
    if (scheduled.isPresent()) {
      ScheduledVentilation run = scheduled.get();
      lee = run.openingPercent();
      windward = run.openingPercent();
      decidedBy = Decider.VENTILATION_SCHEDULE;
      why = Because.of(ClimateReason.VENTILATION_SCHEDULE, run.scheduleName(), run.until().atZone(zone).toLocalTime().withNano(0));
    }
    Because leeWhy = why;
    Because windwardWhy = why;
    if (windUsable) {
      double leeLimit = windLimit(meanWind, settings.leeWindStartClosingMetresPerSecond(), settings.leeWindClosedMetresPerSecond());
      double windwardLimit = windLimit(meanWind, settings.windwardWindStartClosingMetresPerSecond(), settings.windwardWindClosedMetresPerSecond());
      if (lee > leeLimit) {
        lee = leeLimit;
        leeWhy = Because.of(ClimateReason.VENTILATION_WIND, meanWind);
      }
      if (windward > windwardLimit) {
        windward = windwardLimit;
        windwardWhy = Because.of(ClimateReason.VENTILATION_WIND, meanWind);
      }
      commands.put(Actuator.LEE_VENT, new ActuatorCommand(Actuator.LEE_VENT, lee, decidedBy, leeWhy));
      commands.put(Actuator.WINDWARD_VENT, new ActuatorCommand(Actuator.WINDWARD_VENT, windward, decidedBy, windwardWhy));
    } else {
      // Without wind we cannot know the vents are safe: hold, then the safe opening.
      commands.put(Actuator.LEE_VENT, windSensor.command(Actuator.LEE_VENT, lastValue(Actuator.LEE_VENT), Math.min(lee, settings.safeVentPercent()), settings.sensorHoldTime(), now));
      commands.put(Actuator.WINDWARD_VENT, windSensor.command(Actuator.WINDWARD_VENT, lastValue(Actuator.WINDWARD_VENT), 0, settings.sensorHoldTime(), now));
    }
  }

  private static double windLimit(double meanWind, double startClosing, double closed) {
    if (meanWind <= startClosing) {
      return 100;
    }
    return clamp01((closed - meanWind) / (closed - startClosing)) * 100;
  }

  private ActuatorCommand co2(ClimateInputs in, ResolvedSetpoints sp, Map<Actuator, ActuatorCommand> commands, double scanSeconds) {
    if (!co2Sensor.observe(in.co2Ppm().usable(), in.now())) {
      return new ActuatorCommand(Actuator.CO2_DOSING, 0, Decider.SENSOR_FALLBACK, Because.of(ClimateReason.CO2_SENSOR_UNUSABLE));
    }
    double vents = Math.max(commands.get(Actuator.LEE_VENT).value(), commands.get(Actuator.WINDWARD_VENT).value());
    boolean reduced = vents > sp.co2().reduceAboveVentOpeningPercent();
    double target = reduced ? sp.co2().reducedTargetPpm() : sp.co2().targetPpm();
    double measured = in.co2Ppm().value();
    double rate = clamp01((target - measured) / settings.co2PBandPpm()) * settings.co2CapacityKgPerHour();
    Because why = reduced
        ? Because.of(ClimateReason.CO2_DOSING_REDUCED, measured, target, vents, sp.co2().reduceAboveVentOpeningPercent())
        : Because.of(ClimateReason.CO2_DOSING, measured, target);
    double remainingKg = Math.max(0, settings.co2DailyLimitKg() - co2DosedTodayKg);
    double maxRate = remainingKg / (scanSeconds / 3600);
    if (rate > maxRate) {
      rate = maxRate;
      why = Because.of(ClimateReason.CO2_DAILY_LIMIT, settings.co2DailyLimitKg());
    }
    return new ActuatorCommand(Actuator.CO2_DOSING, rate, Decider.CO2, why);
  }

  private void screens(ClimateInputs in, ResolvedSetpoints sp, HumidityCheck humidity, double airCelsius, Map<Actuator, ActuatorCommand> commands) {
    var rules = sp.screens();
    SensorReading outside = in.outsideTemperatureCelsius();
    SensorReading radiation = in.globalRadiationWattsPerM2();
    if (!outside.usable() || !radiation.usable()) {
      Because why = Because.of(ClimateReason.SCREENS_WEATHER_UNUSABLE);
      commands.put(Actuator.ENERGY_SCREEN, new ActuatorCommand(Actuator.ENERGY_SCREEN, lastValue(Actuator.ENERGY_SCREEN), Decider.SENSOR_FALLBACK, why));
      commands.put(Actuator.SHADE_SCREEN, new ActuatorCommand(Actuator.SHADE_SCREEN, lastValue(Actuator.SHADE_SCREEN), Decider.SENSOR_FALLBACK, why));
      return;
    }
    double closeBelow = rules.energyScreenBelowOutsideCelsius();
    boolean dark = radiation.value() < rules.energyScreenBelowRadiationWattsPerM2();
    // By day the screen also stays shut while the sun does not warm the house beyond heating + 4 K
    // (GreenLight, Katzin 2021): on cold days light matters less than heat.
    boolean sunWarmsEnough = !Double.isNaN(airCelsius) && airCelsius > sp.heatingTemperatureCelsius() + 4;
    boolean cold = energyScreenClosed
        ? outside.value() < closeBelow + settings.screenHysteresisKelvin()
        : outside.value() < closeBelow;
    energyScreenClosed = cold && (dark || !sunWarmsEnough);
    double energy = 0;
    Because energyWhy = Because.of(ClimateReason.ENERGY_SCREEN_OPEN, outside.value(), radiation.value());
    if (energyScreenClosed) {
      energy = 100;
      energyWhy = Because.of(
          dark ? ClimateReason.ENERGY_SCREEN_NIGHT : ClimateReason.ENERGY_SCREEN_COLD_DAY, outside.value(), closeBelow);
      if (humidity.tooHumid()) {
        energy = 100 - rules.humidityGapPercent();
        energyWhy = Because.of(ClimateReason.ENERGY_SCREEN_HUMIDITY_GAP, rules.humidityGapPercent(), humidity.description());
      }
    }
    commands.put(Actuator.ENERGY_SCREEN, new ActuatorCommand(Actuator.ENERGY_SCREEN, energy, Decider.SCREENS, energyWhy));

    double shade = 0;
    Because shadeWhy = Because.of(ClimateReason.SHADE_SCREEN_OPEN);
    if (rules.shadeScreenAboveRadiationWattsPerM2().isPresent()) {
      double above = rules.shadeScreenAboveRadiationWattsPerM2().get();
      shadeScreenClosed = shadeScreenClosed
          ? radiation.value() > above - settings.shadeHysteresisWattsPerM2()
          : radiation.value() > above;
      if (shadeScreenClosed) {
        shade = 100;
        shadeWhy = Because.of(ClimateReason.SHADE_SCREEN_CLOSED, radiation.value(), above);
      }
    } else {
      shadeScreenClosed = false;
      shadeWhy = Because.of(ClimateReason.SHADE_SCREEN_NO_RULE);
    }
    commands.put(Actuator.SHADE_SCREEN, new ActuatorCommand(Actuator.SHADE_SCREEN, shade, Decider.SCREENS, shadeWhy));
  }

  private ActuatorCommand lamps(ClimateInputs in, Optional<SupplementalLight> light, double scanSeconds) {
    SensorReading radiation = in.globalRadiationWattsPerM2();
    if (radiation.usable()) {
      lightTodayMolPerM2 += Math.max(0, radiation.value()) * PAR_SHARE * MICROMOL_PER_JOULE_PAR * COVER_LIGHT_TRANSMISSION * scanSeconds / 1e6;
    }
    if (lampsOn) {
      lightTodayMolPerM2 += settings.lampPpfdMicromolPerM2s() * scanSeconds / 1e6;
    }
    LocalTime local = in.now().atZone(zone).toLocalTime();
    Because why;
    boolean on;
    if (light.isEmpty()) {
      on = false;
      why = Because.of(ClimateReason.LAMPS_NONE);
    } else if (local.isBefore(settings.lampsAllowedFrom()) || !local.isBefore(settings.lampsAllowedUntil())) {
      on = false;
      why = Because.of(ClimateReason.LAMPS_OUTSIDE_HOURS, settings.lampsAllowedFrom(), settings.lampsAllowedUntil());
    } else if (lightTodayMolPerM2 >= light.get().dailyLightIntegralMolPerM2()) {
      on = false;
      why = Because.of(ClimateReason.LAMPS_INTEGRAL_REACHED, light.get().dailyLightIntegralMolPerM2());
    } else if (!radiation.usable()) {
      on = lampsOn;
      why = Because.of(ClimateReason.LAMPS_RADIATION_UNUSABLE);
    } else {
      double threshold = light.get().onBelowRadiationWattsPerM2();
      on = lampsOn ? radiation.value() < threshold + settings.lampHysteresisWattsPerM2() : radiation.value() < threshold;
      why = Because.of(on ? ClimateReason.LAMPS_ON : ClimateReason.LAMPS_OFF,
          radiation.value(), threshold, lightTodayMolPerM2, light.get().dailyLightIntegralMolPerM2());
    }
    lampsOn = on;
    return new ActuatorCommand(Actuator.LAMPS, on ? 1 : 0, Decider.LAMPS, why);
  }

  private void applyOverrides(Collection<ManualOverride> overrides, Instant now, Map<Actuator, ActuatorCommand> commands) {
    for (ManualOverride override : overrides) {
      if (override.activeAt(now)) {
        commands.put(override.actuator(), new ActuatorCommand(
            override.actuator(), override.value(), Decider.MANUAL_OVERRIDE,
            Because.of(ClimateReason.OVERRIDE, override.user(), override.expires().atZone(zone).toLocalTime().withNano(0), String.valueOf(override.reason()))));
      }
    }
  }

  private void applyInterlocks(
      ClimateInputs in, boolean airUsable, double airCelsius, boolean windUsable, double meanWind,
      Map<Actuator, ActuatorCommand> commands, List<Because> interlocks) {
    if (windUsable) {
      storm.update(meanWind, in.now()).ifPresent(reason -> {
        interlocks.add(reason);
        force(commands, Actuator.LEE_VENT, 0, Decider.STORM_INTERLOCK, reason);
        force(commands, Actuator.WINDWARD_VENT, 0, Decider.STORM_INTERLOCK, reason);
      });
    }
    if (airUsable && airCelsius < settings.frostAirCelsius()) {
      Because reason = Because.of(ClimateReason.FROST, airCelsius, settings.frostAirCelsius());
      interlocks.add(reason);
      force(commands, Actuator.LEE_VENT, 0, Decider.FROST_INTERLOCK, reason);
      force(commands, Actuator.WINDWARD_VENT, 0, Decider.FROST_INTERLOCK, reason);
      force(commands, Actuator.HEATING_PIPE_TEMPERATURE, settings.maxPipeCelsius(), Decider.FROST_INTERLOCK, reason);
    }
    if (in.rain().usable() && in.rain().value() > 0
        && commands.get(Actuator.WINDWARD_VENT).value() > settings.rainWindwardMaxPercent()) {
      Because reason = Because.of(ClimateReason.RAIN, settings.rainWindwardMaxPercent());
      interlocks.add(reason);
      force(commands, Actuator.WINDWARD_VENT, settings.rainWindwardMaxPercent(), Decider.RAIN_INTERLOCK, reason);
    }
  }

  private static void force(Map<Actuator, ActuatorCommand> commands, Actuator actuator, double value, Decider decider, Because reason) {
    ActuatorCommand before = commands.get(actuator);
    Because why = before.decider() == Decider.MANUAL_OVERRIDE
        ? Because.of(ClimateReason.BEATS_OVERRIDE, reason, before.because())
        : reason;
    commands.put(actuator, new ActuatorCommand(actuator, value, decider, why));
  }

  /**
   * Weather compensation (a heating curve): the pipe temperature that roughly balances the heat
   * loss at this outside temperature and sun, so the loop starts warming the pipe water as the
   * sun fades instead of after the air has dropped; the PID trims the rest.
   */
  private double heatingFeedForward(ClimateInputs in, ResolvedSetpoints setpoints) {
    double heatingSetpoint = setpoints.heatingTemperatureCelsius();
    double feedForward = heatingSetpoint;
    if (in.outsideTemperatureCelsius().usable()) {
      feedForward += settings.heatingCurveKelvinPerKelvin() * Math.max(0, heatingSetpoint - in.outsideTemperatureCelsius().value());
    }
    if (in.globalRadiationWattsPerM2().usable()) {
      feedForward -= settings.heatingSolarKelvinPerWattPerM2() * Math.max(0, in.globalRadiationWattsPerM2().value());
    }
    lastHeatingFeedForward = Math.max(settings.minPipeCelsius(), Math.min(settings.maxPipeCelsius(), feedForward));
    return lastHeatingFeedForward;
  }

  /** Bumpless transfer: when something other than the loop decided, the loop follows it. */
  private void trackLoops(Map<Actuator, ActuatorCommand> commands) {
    ActuatorCommand pipe = commands.get(Actuator.HEATING_PIPE_TEMPERATURE);
    if (pipe.decider() != Decider.HEATING) {
      heating.track(pipe.value(), lastHeatingFeedForward);
    }
    ActuatorCommand lee = commands.get(Actuator.LEE_VENT);
    ActuatorCommand windward = commands.get(Actuator.WINDWARD_VENT);
    if (lee.decider() != Decider.VENTILATION || windward.decider() != Decider.VENTILATION) {
      // Back to the total demand the applied openings stand for (lee first, then windward).
      ventilation.track(Math.min(ventilation.output(), (lee.value() + windward.value()) / 2));
    }
  }

  private void startDayIfNew(LocalDate localDate) {
    if (!localDate.equals(day)) {
      day = localDate;
      co2DosedTodayKg = 0;
      lightTodayMolPerM2 = 0;
    }
  }

  private double lastValue(Actuator actuator) {
    ActuatorCommand command = last.get(actuator);
    return command == null ? 0 : command.value();
  }

  private static double clamp01(double value) {
    return Math.max(0, Math.min(1, value));
  }

  /** The heating loop's output before overrides, for tests of bumpless transfer. */
  double heatingLoopOutput() {
    return heating.output();
  }

  Duration stormHold() {
    return settings.stormHoldTime();
  }
}
