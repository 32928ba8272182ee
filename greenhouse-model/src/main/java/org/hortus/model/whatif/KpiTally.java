package org.hortus.model.whatif;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.Because;
import org.hortus.model.control.ClimateReason;
import org.hortus.model.control.Phrase;
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
  private final List<InterlockEvent> interlockEvents = new ArrayList<>();
  private List<Phrase> previousInterlocks = List.of();

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
    List<Phrase> interlocks = step.scan().interlockReasons().stream().map(KpiTally::kind).toList();
    for (Because reason : step.scan().interlockReasons()) {
      if (!previousInterlocks.contains(kind(reason))) {
        events.add(WHEN.format(step.time()) + " " + reason.english());
        interlockEvents.add(new InterlockEvent(step.time(), reason));
      }
    }
    previousInterlocks = interlocks;
  }

  /** The interlock a reason stands for: a storm's hold counts as the same episode as the storm. */
  private static Phrase kind(Because reason) {
    return reason.phrase() == ClimateReason.STORM_HOLD ? ClimateReason.STORM : reason.phrase();
  }

  KpiSummary summary(double heatingMegajoules, double waterLitres, double co2Kg) {
    return new KpiSummary(
        seconds / 3600, heatingMegajoules, waterLitres, co2Kg,
        belowHeating / 3600, aboveVentilation / 3600, tooHumid / 3600, co2Below / 3600, events, interlockEvents);
  }
}
