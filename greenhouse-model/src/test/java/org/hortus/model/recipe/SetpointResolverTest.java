package org.hortus.model.recipe;

import static org.hortus.model.recipe.RecipeBuilder.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hortus.model.Site;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetpointResolverTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Site BINHAI = new Site(34.0, 119.8, 3, SHANGHAI);
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Site WESTLAND = new Site(52.0, 4.2, 0, AMSTERDAM);
  private static final LocalDate PLANTED = LocalDate.of(2026, 3, 1);

  private final SolarCalculator sun = new SolarCalculator();
  private final SetpointResolver resolver = new SetpointResolver(sun);
  private final ClimateRecipe fixture = RecipeFixtures.valid();

  private ResolvedSetpoints at(ClimateRecipe recipe, Site site, String localDateTime) {
    Instant instant = LocalDateTime.parse(localDateTime).atZone(site.zone()).toInstant();
    return resolver.resolve(site, recipe, PLANTED, instant);
  }

  @ParameterizedTest(name = "{0} → heating {1} °C in {2}")
  @CsvSource(
      textBlock =
          """
          2026-03-03T05:59, 16.0, night
          2026-03-03T06:00, 16.0, day
          2026-03-03T07:00, 18.0, day
          2026-03-03T07:30, 19.0, day
          2026-03-03T08:00, 20.0, day
          2026-03-03T12:00, 20.0, day
          2026-03-03T18:30, 18.0, night
          2026-03-03T19:00, 16.0, night
          """)
  void clockPeriodsRampLinearlyFromTheValuesInForce(String time, double heating, String period) {
    ResolvedSetpoints setpoints = at(fixture, BINHAI, time);
    assertEquals(heating, setpoints.heatingTemperatureCelsius(), 1e-9);
    assertEquals(heating + 4, setpoints.ventilationTemperatureCelsius(), 1e-9);
    assertEquals(period, setpoints.periodName());
  }

  @Test
  void afterMidnightYesterdaysLastPeriodStillHolds() {
    ResolvedSetpoints setpoints = at(fixture, BINHAI, "2026-03-04T02:00");
    assertEquals("night", setpoints.periodName());
    assertEquals(16.0, setpoints.heatingTemperatureCelsius(), 1e-9);
    assertEquals(new HumidityLimit.MaxRelativeHumidity(90), setpoints.humidity());
  }

  @Test
  void theStageChangesOnItsDayAfterPlanting() {
    assertEquals("young", at(fixture, BINHAI, "2026-03-10T12:00").stageName()); // day 9
    // Day 10 from midnight until the new stage's first period: yesterday's night goes on.
    assertEquals("young", at(fixture, BINHAI, "2026-03-11T03:00").stageName());
    ResolvedSetpoints noon = at(fixture, BINHAI, "2026-03-11T12:00");
    assertEquals("mature", noon.stageName());
    assertEquals(19.0, noon.heatingTemperatureCelsius(), 1e-9);
    assertEquals(350, noon.irrigation().shotVolumeMillilitresPerM2());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-06-21", "2026-12-21"})
  void sunRelativePeriodsFollowThatDaysSunriseAndSunset(String date) {
    LocalDate day = LocalDate.parse(date);
    ZonedDateTime sunrise = sun.sunrise(BINHAI, day).orElseThrow();
    ZonedDateTime sunset = sun.sunset(BINHAI, day).orElseThrow();
    ResolvedSetpoints before = resolveAt(sunrise.minusMinutes(1));
    ResolvedSetpoints halfRamp = resolveAt(sunrise.plusMinutes(30));
    ResolvedSetpoints justBeforeNight = resolveAt(sunset.plusMinutes(29));
    ResolvedSetpoints night = resolveAt(sunset.plusMinutes(30));

    assertEquals("night", before.periodName());
    assertEquals(17.0, before.heatingTemperatureCelsius(), 1e-9);
    assertEquals("day", halfRamp.periodName());
    assertEquals(18.0, halfRamp.heatingTemperatureCelsius(), 1e-6);
    assertEquals(19.0, justBeforeNight.heatingTemperatureCelsius(), 1e-9);
    assertEquals(17.0, night.heatingTemperatureCelsius(), 1e-9, "a zero ramp is a step");
    ResolvedSetpoints.TimeWindow window = halfRamp.irrigationWindow().orElseThrow();
    assertEquals(sunrise.plusMinutes(60).toInstant(), window.from().toInstant());
    assertEquals(sunset.minusMinutes(120).toInstant(), window.until().toInstant());
  }

  @Test
  void summerSunrisePeriodStartsHoursEarlierThanInWinter() {
    ZonedDateTime summerRise = sun.sunrise(BINHAI, LocalDate.of(2026, 6, 21)).orElseThrow();
    ZonedDateTime winterRise = sun.sunrise(BINHAI, LocalDate.of(2026, 12, 21)).orElseThrow();
    assertTrue(Duration.between(summerRise.toLocalTime(), winterRise.toLocalTime()).toMinutes() > 120);
    // 06:00 local: day in summer (sun already up), still night in winter.
    assertEquals("day", at(fixture, BINHAI, "2026-06-21T06:00").periodName());
    assertEquals("night", at(fixture, BINHAI, "2026-12-21T06:00").periodName());
  }

  private ResolvedSetpoints resolveAt(ZonedDateTime time) {
    return resolver.resolve(BINHAI, fixture, PLANTED, time.toInstant());
  }

  private static final ClimateRecipe DST_RECIPE =
      new RecipeBuilder()
          .stage("only", 0, period("night", "01:00", 0, 15), period("early", "02:30", 60, 19), period("day", "08:00", 0, 21))
          .build();

  @Test
  void springForwardMovesAClockTimeInTheGapToAfterTheJump() {
    // 2026-03-29 in Amsterdam: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist → 03:30.
    assertEquals("night", at(DST_RECIPE, WESTLAND, "2026-03-29T03:15").periodName());
    ResolvedSetpoints ramping = at(DST_RECIPE, WESTLAND, "2026-03-29T04:00");
    assertEquals("early", ramping.periodName());
    assertEquals(17.0, ramping.heatingTemperatureCelsius(), 1e-9);
  }

  @Test
  void fallBackRampsInElapsedTimeAcrossTheRepeatedHour() {
    // 2026-10-25 in Amsterdam: 03:00 CEST falls back to 02:00 CET; 02:30 is taken at its first
    // occurrence (CEST, 00:30 UTC). 02:15 CET is 01:15 UTC: 45 min into the 60-min ramp.
    Instant quarterPastTwoCet =
        ZonedDateTime.ofStrict(LocalDateTime.parse("2026-10-25T02:15"), java.time.ZoneOffset.ofHours(1), AMSTERDAM)
            .toInstant();
    ResolvedSetpoints setpoints = resolver.resolve(WESTLAND, DST_RECIPE, PLANTED, quarterPastTwoCet);
    assertEquals("early", setpoints.periodName());
    assertEquals(15 + 4 * 0.75, setpoints.heatingTemperatureCelsius(), 1e-9);
  }

  @Test
  void aRampCutShortByTheNextPeriodLeavesNoJump() {
    ClimateRecipe recipe =
        new RecipeBuilder()
            .stage("only", 0, period("a", "06:00", 0, 10), period("b", "07:00", 120, 20), period("c", "08:00", 60, 10))
            .build();
    // b ramps 10→20 over 2 h but c starts after 1 h, at 15; c then ramps 15→10.
    assertEquals(15.0, at(recipe, BINHAI, "2026-03-03T07:59:59.999").heatingTemperatureCelsius(), 1e-3);
    assertEquals(15.0, at(recipe, BINHAI, "2026-03-03T08:00").heatingTemperatureCelsius(), 1e-9);
    assertEquals(12.5, at(recipe, BINHAI, "2026-03-03T08:30").heatingTemperatureCelsius(), 1e-9);
  }

  @Test
  void periodsOutOfOrderInTheFileAreTakenInTimeOrder() {
    // In June at 52° N sunset is after 21:00, so "sunset-60min" falls after "20:00".
    ClimateRecipe recipe =
        new RecipeBuilder()
            .stage("only", 0, period("day", "sunrise", 0, 20), period("dusk", "sunset-60min", 0, 18), period("evening", "20:00", 0, 17))
            .build();
    assertEquals("evening", at(recipe, WESTLAND, "2026-06-21T20:30").periodName());
    assertEquals("dusk", at(recipe, WESTLAND, "2026-06-21T21:30").periodName());
    // In December sunset is about 16:30: dusk comes first, then evening.
    assertEquals("dusk", at(recipe, WESTLAND, "2026-12-21T16:00").periodName());
    assertEquals("evening", at(recipe, WESTLAND, "2026-12-21T20:30").periodName());
  }

  @Test
  void polarNightAndPolarDayResolveWithoutError() {
    Site tromso = new Site(69.65, 18.96, 0, ZoneId.of("Europe/Oslo"));
    ResolvedSetpoints winter = at(fixture, tromso, "2026-12-21T09:00");
    ResolvedSetpoints summer = at(fixture, tromso, "2026-06-21T09:00");
    assertTrue(winter.irrigationWindow().isEmpty(), "no irrigation on a day without sun");
    assertTrue(summer.irrigationWindow().isPresent());
    assertTrue(Double.isFinite(winter.heatingTemperatureCelsius()));
  }
}
