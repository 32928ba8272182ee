package org.hortus.app.ui.recipes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.model.Site;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.GrowthStage;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.sun.SolarCalculator;

/**
 * The setpoints of one stage's day at a site on a date, as the control runtime would resolve them
 * (periods by sun time, ramps), every few minutes from local midnight to midnight, with that day's
 * sunrise and sunset. The stage is resolved alone, as if the crop were in it all season, so the
 * curve shows the stage being edited whatever the crop's age.
 *
 * @param points the setpoints through the day
 * @param sunrise local time of sunrise, empty on a polar day or night
 * @param sunset local time of sunset, likewise
 */
record DayCurve(List<Point> points, Optional<LocalTime> sunrise, Optional<LocalTime> sunset) {

  static final Duration STEP = Duration.ofMinutes(10);
  private static final SolarCalculator SUN = new SolarCalculator();
  private static final SetpointResolver RESOLVER = new SetpointResolver(SUN);

  /**
   * One instant of the day.
   *
   * @param hour hours since local midnight, 0 … 24
   * @param heatingCelsius heating setpoint
   * @param ventilationCelsius ventilation setpoint
   * @param co2TargetPpm CO2 target with the vents closed
   */
  record Point(double hour, double heatingCelsius, double ventilationCelsius, double co2TargetPpm) {}

  static DayCurve of(Site site, ClimateRecipe recipe, int stageIndex, LocalDate date) {
    GrowthStage stage = recipe.stages().get(stageIndex);
    ClimateRecipe alone = new ClimateRecipe(recipe.id(), recipe.version(), recipe.crop(), recipe.source(),
        List.of(new GrowthStage(stage.name(), 0, Optional.empty(), stage.irrigation(), stage.periods())));
    ZonedDateTime start = date.atStartOfDay(site.zone());
    Instant end = date.plusDays(1).atStartOfDay(site.zone()).toInstant();
    List<Point> points = new ArrayList<>();
    for (Instant at = start.toInstant(); !at.isAfter(end); at = at.plus(STEP)) {
      ResolvedSetpoints resolved = RESOLVER.resolve(site, alone, date.minusDays(3), at);
      points.add(new Point(hours(start, at), resolved.heatingTemperatureCelsius(),
          resolved.ventilationTemperatureCelsius(), resolved.co2().targetPpm()));
    }
    return new DayCurve(points,
        SUN.sunrise(site, date).map(ZonedDateTime::toLocalTime),
        SUN.sunset(site, date).map(ZonedDateTime::toLocalTime));
  }

  private static double hours(ZonedDateTime start, Instant at) {
    return Duration.between(start.toInstant(), at).toSeconds() / 3600.0;
  }

  /** Hours since midnight of a local time, for the chart's axis. */
  static double hourOf(LocalTime time) {
    return time.toSecondOfDay() / 3600.0;
  }
}
