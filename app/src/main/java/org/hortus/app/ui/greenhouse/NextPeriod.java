package org.hortus.app.ui.greenhouse;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.ResolvedSetpoints;

/**
 * When a greenhouse's recipe period changes next, found by resolving the recipe forward in time
 * (sun-relative starts included) and narrowing the change to the minute. Answers nothing when the
 * recipes it was given do not give the period the runtime reports (the runtime runs another
 * recipe), or when no change comes within a day. Stateless; a few hundred resolutions per call, so
 * call it off the FX thread.
 */
final class NextPeriod {

  /** The next period and when it begins. */
  record Upcoming(String periodName, Instant start) {}

  private static final Duration STEP = Duration.ofMinutes(10);
  private static final Duration HORIZON = Duration.ofHours(26);
  private static final Duration PRECISION = Duration.ofMinutes(1);

  private final ParkSetpoints setpoints;

  NextPeriod(ParkSetpoints setpoints) {
    this.setpoints = setpoints;
  }

  Optional<Upcoming> after(Greenhouse house, ResolvedSetpoints current) {
    Instant from = current.instant();
    ResolvedSetpoints check = setpoints.setpoints(house, from);
    if (!samePeriod(check, current) || !check.stageName().equals(current.stageName())) {
      return Optional.empty();
    }
    Instant before = from;
    for (Instant t = from.plus(STEP); !t.isAfter(from.plus(HORIZON)); t = t.plus(STEP)) {
      if (!samePeriod(setpoints.setpoints(house, t), current)) {
        Instant after = t;
        while (Duration.between(before, after).compareTo(PRECISION) > 0) {
          Instant middle = before.plus(Duration.between(before, after).dividedBy(2));
          if (samePeriod(setpoints.setpoints(house, middle), current)) {
            before = middle;
          } else {
            after = middle;
          }
        }
        return Optional.of(new Upcoming(setpoints.setpoints(house, after).periodName(), after));
      }
      before = t;
    }
    return Optional.empty();
  }

  private static boolean samePeriod(ResolvedSetpoints a, ResolvedSetpoints b) {
    return a.periodName().equals(b.periodName());
  }
}
