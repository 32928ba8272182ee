package org.hortus.model.recipe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hortus.model.Site;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.api.Test;

/**
 * For random valid recipes at random sites and dates, resolved setpoints move continuously
 * (a bounded change per minute) except where a zero-length ramp steps, and stay within the
 * values their periods declare. Plain randomized JUnit with a fixed seed, so a failure repeats.
 */
class SetpointContinuityPropertyTest {

  private static final long SEED = 20261130L;
  private static final int RECIPES = 150;
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Adelaide"), ZoneId.of("UTC"));

  private final SetpointResolver resolver = new SetpointResolver(new SolarCalculator());

  @Test
  void resolvedHeatingIsContinuousApartFromZeroRampsAndWithinPeriodBounds() {
    Random random = new Random(SEED);
    for (int r = 0; r < RECIPES; r++) {
      List<RecipePeriod> periods = randomValidPeriods(random);
      ClimateRecipe recipe = new RecipeBuilder().stage("only", 0, periods.toArray(RecipePeriod[]::new)).build();
      ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
      Site site = new Site(-60 + 120 * random.nextDouble(), -180 + 360 * random.nextDouble(), 0, zone);
      LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
      checkOneDay(recipe, periods, site, day, "recipe " + r + " at " + site + " on " + day + ": " + periods);
    }
  }

  private void checkOneDay(ClimateRecipe recipe, List<RecipePeriod> periods, Site site, LocalDate day, String context) {
    double min = periods.stream().mapToDouble(p -> p.setpoints().heatingTemperatureCelsius()).min().orElseThrow();
    double max = periods.stream().mapToDouble(p -> p.setpoints().heatingTemperatureCelsius()).max().orElseThrow();
    int shortestRamp = periods.stream().mapToInt(RecipePeriod::rampMinutes).filter(m -> m > 0).min().orElse(1);
    double maxChangePerMinute = (max - min) / shortestRamp + 1e-9;

    Instant start = day.atStartOfDay(site.zone()).toInstant();
    ResolvedSetpoints previous = resolver.resolve(site, recipe, day.minusDays(5), start);
    for (int minute = 1; minute <= 24 * 60; minute++) {
      ResolvedSetpoints now = resolver.resolve(site, recipe, day.minusDays(5), start.plusSeconds(60L * minute));
      double heating = now.heatingTemperatureCelsius();
      assertTrue(heating >= min - 1e-9 && heating <= max + 1e-9, context + ": " + heating + " outside bounds at minute " + minute);
      double change = Math.abs(heating - previous.heatingTemperatureCelsius());
      boolean zeroRampStarted = steppedIn(previous, now, periods);
      assertTrue(zeroRampStarted || change <= maxChangePerMinute,
          context + ": jump of " + change + " at minute " + minute + " (" + previous.periodName() + " → " + now.periodName() + ")");
      previous = now;
    }
  }

  /** Whether a period with a zero ramp began between two resolutions a minute apart. */
  private static boolean steppedIn(ResolvedSetpoints before, ResolvedSetpoints after, List<RecipePeriod> periods) {
    return !before.periodName().equals(after.periodName())
        && periods.stream().anyMatch(p -> p.name().equals(after.periodName()) && p.rampMinutes() == 0);
  }

  /** 2–5 periods with distinct nominal starts and ramps no longer than their nominal period. */
  private static List<RecipePeriod> randomValidPeriods(Random random) {
    int count = 2 + random.nextInt(4);
    List<String> starts = new ArrayList<>();
    List<Integer> nominal = new ArrayList<>();
    while (starts.size() < count) {
      String start = randomStart(random);
      int minute = RecipeRules.nominalMinuteOfDay(PeriodStart.parse(start));
      if (!nominal.contains(minute)) {
        starts.add(start);
        nominal.add(minute);
      }
    }
    List<Integer> sorted = nominal.stream().sorted().toList();
    List<RecipePeriod> periods = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int at = sorted.indexOf(nominal.get(i));
      int next = sorted.get((at + 1) % count);
      int length = Math.floorMod(next - nominal.get(i) - 1, 24 * 60) + 1;
      int ramp = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(Math.min(length, 240));
      double heating = 10 + random.nextInt(150) / 10.0;
      periods.add(RecipeBuilder.period("p" + i, starts.get(i), ramp, heating));
    }
    return periods;
  }

  private static String randomStart(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format("%02d:%02d", random.nextInt(24), random.nextInt(4) * 15);
      case 1 -> "sunrise" + offset(random);
      default -> "sunset" + offset(random);
    };
  }

  private static String offset(Random random) {
    int minutes = random.nextInt(181) - 90;
    return minutes == 0 ? "" : (minutes > 0 ? "+" : "-") + Math.abs(minutes) + "min";
  }
}
