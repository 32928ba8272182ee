package org.hortus.model.whatif;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.recipe.HumidityLimit;

/** Counts hours out of band and interlock episodes as a closed loop runs. */
final class KpiTally {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_INSTANT;

  private final ClimateSettings settings;
  private double seconds;
  private double belowHeating;
  private double aboveVentilation;
  private double tooHumid;
  private double co2Below;
  private final List<String> events = new ArrayList<>();
  private List<String> previousInterlocks = List.of();

  KpiTally(ClimateSettings settings) {
    this.settings = settings;
  }

  void add(LoopStep step, double stepSeconds) {
    seconds += stepSeconds;
    var sp = step.setpoints();
    if (step.airTemperatureCelsius() < sp.heatingTemperatureCelsius() - 1) {
      belowHeating += stepSeconds;
    }
    if (step.airTemperatureCelsius() > sp.ventilationTemperatureCelsius() + 2) {
      aboveVentilation += stepSeconds;
    }
    if (sp.humidity() instanceof HumidityLimit.MaxRelativeHumidity max && step.relativeHumidityPercent() > max.percent()) {
      tooHumid += stepSeconds;
    }
    boolean ventsShut = step.scan().value(Actuator.LEE_VENT) <= sp.co2().reduceAboveVentOpeningPercent()
        && step.scan().value(Actuator.WINDWARD_VENT) <= sp.co2().reduceAboveVentOpeningPercent();
    if (ventsShut && settings.co2CapacityKgPerHour() > 0 && step.co2Ppm() < sp.co2().targetPpm() - 50) {
      co2Below += stepSeconds;
    }
    List<String> interlocks = step.scan().interlocks().stream().map(KpiTally::kind).toList();
    for (String reason : step.scan().interlocks()) {
      if (!previousInterlocks.contains(kind(reason))) {
        events.add(WHEN.format(step.time()) + " " + reason);
      }
    }
    previousInterlocks = interlocks;
  }

  /** "storm: wind 18 m/s…" → "storm"; "storm hold: …" counts as the same episode. */
  private static String kind(String reason) {
    String head = reason.split(":")[0];
    return head.startsWith("storm") ? "storm" : head;
  }

  KpiSummary summary(double heatingMegajoules, double waterLitres, double co2Kg) {
    return new KpiSummary(
        seconds / 3600, heatingMegajoules, waterLitres, co2Kg,
        belowHeating / 3600, aboveVentilation / 3600, tooHumid / 3600, co2Below / 3600, events);
  }
}
