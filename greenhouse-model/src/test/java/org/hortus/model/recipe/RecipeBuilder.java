package org.hortus.model.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds recipes in code for resolver tests: one stage per call, periods by start and values. */
final class RecipeBuilder {

  static final IrrigationStrategy IRRIGATION = new IrrigationStrategy(60, 100, 15, 60, 300, 120, 5);
  private static final ScreenRules SCREENS = new ScreenRules(5, 5, Optional.empty(), 3);

  private final List<GrowthStage> stages = new ArrayList<>();
  private List<RecipePeriod> periods = new ArrayList<>();

  static RecipePeriod period(String name, String start, int rampMinutes, double heatingCelsius) {
    return period(name, start, rampMinutes, heatingCelsius, 85);
  }

  static RecipePeriod period(String name, String start, int rampMinutes, double heatingCelsius, double rhMax) {
    return new RecipePeriod(
        name,
        PeriodStart.parse(start),
        rampMinutes,
        new ClimateSetpoints(
            heatingCelsius,
            heatingCelsius + 4,
            new HumidityLimit.MaxRelativeHumidity(rhMax),
            new Co2Setpoint(400 + heatingCelsius * 20, 400, 20),
            SCREENS,
            Optional.empty()));
  }

  RecipeBuilder stage(String name, int fromDay, RecipePeriod... dayPeriods) {
    periods = List.of(dayPeriods);
    stages.add(new GrowthStage(name, fromDay, Optional.empty(), IRRIGATION, periods));
    return this;
  }

  ClimateRecipe build() {
    return new ClimateRecipe("built", 1, "tomato", "test", stages);
  }
}
