package org.hortus.model.recipe;

import org.hortus.model.file.InvalidFileException;

/** A small valid recipe, one field per line, that tests bend into each kind of mistake. */
final class RecipeFixtures {

  static final String VALID =
      """
      {
        "id": "test-tomato",
        "version": 3,
        "crop": "tomato",
        "source": "test fixture",
        "stages": [
          {
            "name": "young",
            "fromDay": 0,
            "untilDay": 10,
            "irrigation": {
              "startAfterSunrise": 60,
              "radiationSumPerShot": 100,
              "minIntervalMinutes": 15,
              "maxIntervalMinutes": 60,
              "shotVolume": 300,
              "stopBeforeSunset": 120,
              "maxDailyVolume": 5
            },
            "periods": [
              {
                "name": "day",
                "start": "06:00",
                "rampMinutes": 120,
                "heatingTemperature": 20,
                "ventilationTemperature": 24,
                "humidity": { "rhMax": 85 },
                "co2": { "target": 1000, "reducedTarget": 600, "reduceAboveVentOpening": 20 },
                "screens": { "energyScreenBelowOutsideTemperature": 5, "energyScreenBelowRadiation": 5, "humidityGap": 3 }
              },
              {
                "name": "night",
                "start": "18:00",
                "rampMinutes": 60,
                "heatingTemperature": 16,
                "ventilationTemperature": 20,
                "humidity": { "rhMax": 90 },
                "co2": { "target": 420, "reducedTarget": 420, "reduceAboveVentOpening": 20 },
                "screens": { "energyScreenBelowOutsideTemperature": 10, "energyScreenBelowRadiation": 5, "humidityGap": 3 }
              }
            ]
          },
          {
            "name": "mature",
            "fromDay": 10,
            "irrigation": {
              "startAfterSunrise": 60,
              "radiationSumPerShot": 100,
              "minIntervalMinutes": 15,
              "maxIntervalMinutes": 60,
              "shotVolume": 350,
              "stopBeforeSunset": 120,
              "maxDailyVolume": 6
            },
            "periods": [
              {
                "name": "day",
                "start": "sunrise",
                "rampMinutes": 60,
                "heatingTemperature": 19,
                "ventilationTemperature": 25,
                "humidity": { "rhMax": 85 },
                "co2": { "target": 900, "reducedTarget": 500, "reduceAboveVentOpening": 20 },
                "screens": { "energyScreenBelowOutsideTemperature": 5, "energyScreenBelowRadiation": 5, "humidityGap": 3 }
              },
              {
                "name": "night",
                "start": "sunset+30min",
                "rampMinutes": 0,
                "heatingTemperature": 17,
                "ventilationTemperature": 21,
                "humidity": { "rhMax": 90 },
                "co2": { "target": 420, "reducedTarget": 420, "reduceAboveVentOpening": 20 },
                "screens": { "energyScreenBelowOutsideTemperature": 10, "energyScreenBelowRadiation": 5, "humidityGap": 3 }
              }
            ]
          }
        ]
      }
      """;

  private RecipeFixtures() {}

  /** The fixture with {@code from} replaced once (it must occur). */
  static String withReplaced(String from, String to) {
    int at = VALID.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("fixture has no " + from);
    }
    return VALID.substring(0, at) + to + VALID.substring(at + from.length());
  }

  static ClimateRecipe valid() {
    try {
      return RecipeReader.read("test.json", VALID);
    } catch (InvalidFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
