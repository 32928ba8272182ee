package org.hortus.model.recipe;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hortus.model.file.FieldReader;

/** The rules of a recipe that span several fields: stage order, period starts and ramps. */
final class RecipeRules {

  /**
   * Ramps are checked on a nominal day (sunrise 06:00, sunset 18:00): a recipe has no site, and
   * the resolver cuts a ramp short on a day where its period is shorter.
   */
  static final LocalTime NOMINAL_SUNRISE = LocalTime.of(6, 0);

  static final LocalTime NOMINAL_SUNSET = LocalTime.of(18, 0);

  private RecipeRules() {}

  static void checkStageOrder(List<FieldReader> readers, List<GrowthStage> stages) {
    for (int i = 0; i < stages.size(); i++) {
      GrowthStage stage = stages.get(i);
      if (stage.untilDay().isPresent() && stage.untilDay().get() <= stage.fromDay()) {
        readers.get(i).problem(
            "untilDay",
            "stage ends on day " + stage.untilDay().get() + ", not after it starts on day "
                + stage.fromDay());
      }
      if (i == 0) {
        continue;
      }
      GrowthStage previous = stages.get(i - 1);
      if (stage.fromDay() <= previous.fromDay()) {
        readers.get(i).problem(
            "fromDay",
            "stages must be in order of fromDay: day " + stage.fromDay() + " does not come after day "
                + previous.fromDay() + " of stages[" + (i - 1) + "]");
      } else if (previous.untilDay().isPresent() && stage.fromDay() < previous.untilDay().get()) {
        readers.get(i).problem(
            "fromDay",
            "stage overlaps stages[" + (i - 1) + "], which runs until day " + previous.untilDay().get());
      } else if (previous.untilDay().isPresent() && stage.fromDay() > previous.untilDay().get()) {
        readers.get(i).problem(
            "fromDay",
            "days " + previous.untilDay().get() + "–" + (stage.fromDay() - 1) + " have no stage");
      }
    }
  }

  static void checkPeriods(List<FieldReader> readers, List<RecipePeriod> periods) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> nominalMinuteOfDay(periods.get(i).start())));
    for (int k = 0; k < order.size(); k++) {
      int index = order.get(k);
      int start = nominalMinuteOfDay(periods.get(index).start());
      if (k > 0 && start == nominalMinuteOfDay(periods.get(order.get(k - 1)).start())) {
        readers.get(index).problem(
            "start",
            "starts at the same time as periods[" + order.get(k - 1) + "] on a nominal day");
        continue;
      }
      int nextStart = nominalMinuteOfDay(periods.get(order.get((k + 1) % order.size())).start());
      int length = Math.floorMod(nextStart - start - 1, 24 * 60) + 1;
      int ramp = periods.get(index).rampMinutes();
      if (ramp > length) {
        readers.get(index).problem(
            "rampMinutes",
            "ramp of " + ramp + " min is longer than the period (" + length
                + " min on a nominal day with sunrise 06:00 and sunset 18:00)");
      }
    }
  }

  /** Minute of the nominal day a period starts, 0–1439. */
  static int nominalMinuteOfDay(PeriodStart start) {
    int minute =
        switch (start) {
          case PeriodStart.ClockTime clock -> clock.time().toSecondOfDay() / 60;
          case PeriodStart.SunRelative sun ->
              (sun.event() == PeriodStart.SunEvent.SUNRISE ? NOMINAL_SUNRISE : NOMINAL_SUNSET)
                      .toSecondOfDay() / 60
                  + sun.offsetMinutes();
        };
    return Math.floorMod(minute, 24 * 60);
  }
}
