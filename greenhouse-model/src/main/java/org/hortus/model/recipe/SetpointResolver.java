package org.hortus.model.recipe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hortus.model.Site;
import org.hortus.model.recipe.ResolvedSetpoints.TimeWindow;
import org.hortus.model.sun.SolarCalculator;
import org.hortus.model.sun.SunDay;

/**
 * Resolves a recipe to the setpoints of one instant: the stage by the crop's age on that local
 * date, the period by sun time in the park's zone, and linear ramps between periods.
 *
 * <p>Each day's periods are placed on the time line (clock times through the zone's rules, so
 * daylight-saving days are handled by {@link ZonedDateTime}; sun-relative ones by that day's
 * sunrise and sunset) and taken in time order, whatever their order in the file. A ramp starts
 * from the values actually in force at its period's start, so the setpoints are continuous
 * even when a ramp is cut short by the next period; only a zero-length ramp steps. On polar
 * days sunrise and sunset are taken 12 h either side of solar noon; on polar nights both are
 * solar noon, so the day's sun-relative periods collapse to noon. Thread-safe; it keeps a small
 * cache of sun times.
 */
public final class SetpointResolver {

  /** Days resolved before the asked one: enough for any ramp to have settled. */
  private static final int DAYS_BEFORE = 2;

  private final SolarCalculator sun;

  /**
   * Sun times by site and date: a resolution needs four days of them, and a closed-loop year asks
   * for every minute. Bounded, and synchronized because the resolver may be shared.
   */
  private final Map<SunKey, SunTimes> sunCache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SunKey, SunTimes> eldest) {
          return size() > 256;
        }
      };

  private record SunKey(Site site, LocalDate day) {}

  public SetpointResolver(SolarCalculator sun) {
    this.sun = Objects.requireNonNull(sun, "sun");
  }

  /** The setpoints at {@code instant} for a crop planted on {@code plantingDate}. */
  public ResolvedSetpoints resolve(
      Site site, ClimateRecipe recipe, LocalDate plantingDate, Instant instant) {
    LocalDate today = instant.atZone(site.zone()).toLocalDate();
    List<Transition> timeline = new ArrayList<>();
    // Tomorrow too: where the zone's clock is far from the sun (western China on Beijing
    // time), a sun-relative period of tomorrow's date can start before local midnight.
    for (int back = DAYS_BEFORE; back >= -1; back--) {
      timeline.addAll(transitions(site, recipe, plantingDate, today.minusDays(back)));
    }
    timeline.sort(Comparator.comparing(Transition::start));

    SetpointValues inForce = timeline.getFirst().period().values();
    Transition active = timeline.getFirst();
    SetpointValues from = inForce;
    for (int k = 1; k < timeline.size(); k++) {
      Transition next = timeline.get(k);
      if (next.start().isAfter(instant)) {
        break;
      }
      from = active.valueAt(from, next.start());
      active = next;
    }
    SetpointValues now = active.valueAt(from, instant);
    RecipePeriod period = active.period();
    GrowthStage stage = recipe.stageFor(cropAge(plantingDate, today));
    return new ResolvedSetpoints(
        instant,
        active.stage().name(),
        period.name(),
        active.progress(instant),
        now.heatingCelsius(),
        now.ventilationCelsius(),
        now.humidity(),
        new Co2Setpoint(now.co2TargetPpm(), now.co2ReducedPpm(), period.setpoints().co2().reduceAboveVentOpeningPercent()),
        period.setpoints().screens(),
        period.setpoints().light(),
        stage.irrigation(),
        irrigationWindow(site, today, stage.irrigation()));
  }

  private List<Transition> transitions(
      Site site, ClimateRecipe recipe, LocalDate plantingDate, LocalDate day) {
    GrowthStage stage = recipe.stageFor(cropAge(plantingDate, day));
    SunTimes sunTimes = sunTimes(site, day);
    List<Transition> list = new ArrayList<>();
    for (RecipePeriod period : stage.periods()) {
      list.add(new Transition(stage, period, startOf(period.start(), day, site, sunTimes)));
    }
    return list;
  }

  private static long cropAge(LocalDate plantingDate, LocalDate day) {
    return ChronoUnit.DAYS.between(plantingDate, day);
  }

  private static Instant startOf(PeriodStart start, LocalDate day, Site site, SunTimes sunTimes) {
    return switch (start) {
      case PeriodStart.ClockTime clock -> ZonedDateTime.of(day, clock.time(), site.zone()).toInstant();
      case PeriodStart.SunRelative relative ->
          (relative.event() == PeriodStart.SunEvent.SUNRISE ? sunTimes.sunrise() : sunTimes.sunset())
              .plus(Duration.ofMinutes(relative.offsetMinutes()));
    };
  }

  private SunTimes sunTimes(Site site, LocalDate day) {
    SunKey key = new SunKey(site, day);
    synchronized (sunCache) {
      SunTimes cached = sunCache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    SunTimes computed = computeSunTimes(site, day);
    synchronized (sunCache) {
      sunCache.put(key, computed);
    }
    return computed;
  }

  private SunTimes computeSunTimes(Site site, LocalDate day) {
    return switch (sun.day(site, day)) {
      case SunDay.Normal normal -> new SunTimes(normal.sunrise().toInstant(), normal.sunset().toInstant());
      case SunDay.PolarDay polar ->
          new SunTimes(
              polar.solarNoon().toInstant().minus(Duration.ofHours(12)),
              polar.solarNoon().toInstant().plus(Duration.ofHours(12)));
      case SunDay.PolarNight polar -> new SunTimes(polar.solarNoon().toInstant(), polar.solarNoon().toInstant());
    };
  }

  private Optional<TimeWindow> irrigationWindow(Site site, LocalDate day, IrrigationStrategy strategy) {
    SunTimes sunTimes = sunTimes(site, day);
    Instant from = sunTimes.sunrise().plus(Duration.ofMinutes(strategy.startAfterSunriseMinutes()));
    Instant until = sunTimes.sunset().minus(Duration.ofMinutes(strategy.stopBeforeSunsetMinutes()));
    if (!until.isAfter(from)) {
      return Optional.empty();
    }
    return Optional.of(new TimeWindow(from.atZone(site.zone()), until.atZone(site.zone())));
  }

  private record SunTimes(Instant sunrise, Instant sunset) {}

  /** A period placed on the time line. */
  private record Transition(GrowthStage stage, RecipePeriod period, Instant start) {

    double progress(Instant at) {
      if (period.rampMinutes() == 0) {
        return 1;
      }
      double elapsedMinutes = Duration.between(start, at).toMillis() / 60_000.0;
      return Math.clamp(elapsedMinutes / period.rampMinutes(), 0, 1);
    }

    SetpointValues valueAt(SetpointValues from, Instant at) {
      return SetpointValues.between(from, period.values(), progress(at));
    }
  }
}
