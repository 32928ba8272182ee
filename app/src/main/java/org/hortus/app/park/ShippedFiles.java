package org.hortus.app.park;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Park;
import org.hortus.model.park.ParkReader;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;

/**
 * The sample recipes and the demo park file that ship in the assets module. They are read with
 * the same strict readers as a site's own files.
 */
public final class ShippedFiles {

  static final String RECIPES = "/org/hortus/assets/recipes/";
  static final String DEMO_PARK = "/org/hortus/assets/park/demo-park.json";

  /** The sample recipes, one per crop. */
  public static final List<String> SAMPLE_RECIPES =
      List.of("tomato.json", "cucumber.json", "sweet-pepper.json", "lettuce.json", "strawberry.json");

  private ShippedFiles() {}

  /** Every sample recipe by id. */
  public static Map<String, ClimateRecipe> sampleRecipes() throws InvalidFileException {
    Map<String, ClimateRecipe> recipes = new LinkedHashMap<>();
    for (String name : SAMPLE_RECIPES) {
      ClimateRecipe recipe = RecipeReader.read(name, text(RECIPES + name));
      recipes.put(recipe.id(), recipe);
    }
    return recipes;
  }

  /** The sample recipes' file texts, as shipped (to store them as versions an agronomist edits). */
  public static List<String> sampleRecipeTexts() {
    return SAMPLE_RECIPES.stream().map(name -> text(RECIPES + name)).toList();
  }

  /** The demo park, checked against the sample recipes. */
  public static Park demoPark() throws InvalidFileException {
    return ParkReader.read("demo-park.json", text(DEMO_PARK), sampleRecipes().keySet());
  }

  static String text(String resource) {
    try (InputStream in =
        Objects.requireNonNull(ShippedFiles.class.getResourceAsStream(resource), resource + " is not shipped")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
