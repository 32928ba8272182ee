package org.hortus.model.recipe;

import java.util.List;
import java.util.Optional;

/**
 * A growth stage: from a crop age (days after planting, inclusive) until the next stage (or
 * {@code untilDay}, exclusive), with its day of periods and its irrigation strategy.
 */
public record GrowthStage(
    String name,
    int fromDay,
    Optional<Integer> untilDay,
    IrrigationStrategy irrigation,
    List<RecipePeriod> periods) {
  public GrowthStage {
    periods = List.copyOf(periods);
  }

  /** Whether a crop of this age (days after planting) is in this stage by its own bounds. */
  public boolean covers(long cropAgeDays) {
    return cropAgeDays >= fromDay && untilDay.map(until -> cropAgeDays < until).orElse(true);
  }
}
