package org.hortus.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.RecipeVersion;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.RecipeDraft;
import org.junit.jupiter.api.Test;

class RecipeChoiceTest {

  private static final Instant SAVED = Instant.parse("2026-02-01T08:00:00Z");

  @Test
  void theDraftComesFirstThenEachRecipesVersionsNewestFirstThenItsSample() throws Exception {
    var v1 = new RecipeVersion("tomato-truss", 1, "{}", "amy", SAVED);
    var v2 = new RecipeVersion("tomato-truss", 2, "{}", "amy", SAVED.plusSeconds(60));
    var trial = new RecipeVersion("tomato-trial", 1, "{}", "amy", SAVED);
    var draft = new RecipeDraft.Draft("tomato-truss", "{}");

    List<RecipeChoice> choices = RecipeChoice.list(Optional.of(draft), List.of(v1, trial, v2), ShippedFiles.sampleRecipes());
    assertEquals(List.of(
        "Draft tomato-truss", "Stored tomato-truss 2", "Stored tomato-truss 1", "Shipped tomato-truss",
        "Shipped cucumber-long", "Shipped sweet-pepper-block", "Shipped lettuce-hydroponic",
        "Shipped strawberry-everbearing", "Stored tomato-trial 1"),
        choices.stream().map(RecipeChoiceTest::describe).toList());

    Messages english = new Messages(Locale.ENGLISH);
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    assertEquals("Editor draft of tomato-truss (not saved)", choices.getFirst().label(english, zone));
    assertEquals("tomato-truss v1 (shipped sample)", choices.get(3).label(english, zone));
    assertEquals("tomato-truss v2, saved by amy on " + english.dateTime(SAVED.plusSeconds(60), zone),
        choices.get(1).label(english, zone));
  }

  @Test
  void withoutADraftOrStoredVersionsTheSamplesAreOffered() throws Exception {
    assertEquals(5, RecipeChoice.list(Optional.empty(), List.of(), ShippedFiles.sampleRecipes()).size());
  }

  private static String describe(RecipeChoice choice) {
    return switch (choice) {
      case RecipeChoice.Draft d -> "Draft " + d.recipeId();
      case RecipeChoice.Stored s -> "Stored " + s.recipeId() + " " + s.version().version();
      case RecipeChoice.Shipped s -> "Shipped " + s.recipeId();
    };
  }
}
