package org.hortus.app.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.api.Test;

class ShippedFilesTest {

  @Test
  void everySampleRecipeIsValidAndSaysWhereItsValuesComeFrom() throws InvalidFileException {
    Map<String, ClimateRecipe> recipes = ShippedFiles.sampleRecipes();
    assertEquals(5, recipes.size());
    assertEquals(
        Set.of("tomato", "cucumber", "sweet pepper", "lettuce", "strawberry"),
        recipes.values().stream().map(ClimateRecipe::crop).collect(Collectors.toSet()));
    for (ClimateRecipe recipe : recipes.values()) {
      assertTrue(recipe.source().length() > 40, recipe.id() + " cites no source");
    }
  }

  @Test
  void theDemoParkIsSixGreenhousesAtBinhaiEachWithAShippedRecipe() throws InvalidFileException {
    Park park = ShippedFiles.demoPark();
    assertEquals(ZoneId.of("Asia/Shanghai"), park.site().zone());
    assertEquals(34.0, park.site().latitudeDegrees(), 1e-9);
    assertEquals(119.8, park.site().longitudeDegrees(), 1e-9);
    assertEquals(6, park.greenhouses().size());
    assertTrue(park.greenhouses().stream().map(Greenhouse::construction).distinct().count() >= 3);
    assertTrue(park.greenhouses().stream().map(g -> g.crop().species()).distinct().count() >= 5);
  }

  @Test
  void everyDemoGreenhouseResolvesSetpointsAllDay() throws InvalidFileException {
    Park park = ShippedFiles.demoPark();
    Map<String, ClimateRecipe> recipes = ShippedFiles.sampleRecipes();
    ParkSetpoints setpoints = new ParkSetpoints(park, recipes, new SetpointResolver(new SolarCalculator()));
    Instant midnight = LocalDate.of(2026, 11, 30).atStartOfDay(park.site().zone()).toInstant();
    for (Greenhouse house : park.greenhouses()) {
      for (int minute = 0; minute < 24 * 60; minute += 15) {
        ResolvedSetpoints s = setpoints.setpoints(house, midnight.plusSeconds(60L * minute));
        assertTrue(s.ventilationTemperatureCelsius() >= s.heatingTemperatureCelsius(), house.id() + " at minute " + minute);
      }
    }
  }
}
