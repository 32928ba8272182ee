package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hortus.app.audit.AuditRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activation from a date, roll-back, the recipe list and the seeding of the shipped recipes. */
class RecipeVersioningTest {

  private static final Session AMY = new Session("amy", Role.AGRONOMIST);
  private static final Session TOM = new Session("tom", Role.TECHNICIAN);
  private static final Instant DAY_LATER = T0.plus(Duration.ofDays(1));

  @TempDir Path folder;
  private SecurityFixture f;
  private String v1;
  private String v2;
  private String cucumber;

  @BeforeEach
  void setUp() throws Exception {
    f = new SecurityFixture(folder);
    v1 = shipped("tomato.json");
    v2 = v1.replace("\"version\": 1", "\"version\": 2");
    cucumber = shipped("cucumber.json");
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void anActivationFromADateTakesEffectThenAndIsAuditedWithTheActivationItReplaces() throws Exception {
    f.recipes.seedShipped(AMY, List.of(v1), T0);
    f.recipes.saveVersion(AMY, v2, T0);
    f.recipes.activate(AMY, "GH-01", "tomato-truss", 1, T0);
    RecipeActivation later = f.recipes.activate(AMY, "GH-01", "tomato-truss", 2, DAY_LATER, T0.plusSeconds(5));

    assertEquals(DAY_LATER, later.effectiveFrom());
    assertEquals(1, f.recipes.inForce(AMY, "GH-01", DAY_LATER.minusMillis(1)).orElseThrow().version());
    assertEquals(2, f.recipes.inForce(AMY, "GH-01", DAY_LATER).orElseThrow().version());
    assertEquals(List.of(later), f.recipes.scheduled(AMY, T0.plusSeconds(5)));
    assertEquals(2, f.recipes.versionsInForce(DAY_LATER).get("GH-01").version());
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("recipe.activate", row.action());
    assertEquals("amy", row.actor());
    assertTrue(row.beforeJson().contains("\"version\":1"), row.beforeJson());
    assertTrue(row.afterJson().contains("\"effectiveFrom\":\"" + DAY_LATER + "\""), row.afterJson());
  }

  @Test
  void aFromDateAlreadyPastTakesEffectNow() throws Exception {
    f.recipes.seedShipped(AMY, List.of(v1), T0);
    RecipeActivation activation = f.recipes.activate(AMY, "GH-02", "tomato-truss", 1, T0.minusSeconds(3600), T0);
    assertEquals(T0, activation.effectiveFrom());
  }

  @Test
  void aRollbackGoesBackToAnEarlierVersionNowAndIsAuditedAsSuch() throws Exception {
    f.recipes.seedShipped(AMY, List.of(v1), T0);
    f.recipes.saveVersion(AMY, v2, T0);
    f.recipes.activate(AMY, "GH-06", "tomato-truss", 2, T0);

    IllegalArgumentException notEarlier = assertThrows(IllegalArgumentException.class,
        () -> f.recipes.rollback(AMY, "GH-06", "tomato-truss", 2, T0.plusSeconds(60)));
    assertTrue(notEarlier.getMessage().contains("not earlier"), notEarlier.getMessage());
    f.recipes.rollback(AMY, "GH-06", "tomato-truss", 1, T0.plusSeconds(60));

    assertEquals(1, f.recipes.inForce(AMY, "GH-06", T0.plusSeconds(60)).orElseThrow().version());
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("recipe.rollback", row.action());
    assertEquals("greenhouse:GH-06", row.subject());
    assertTrue(row.beforeJson().contains("\"version\":2"), row.beforeJson());
    assertTrue(row.afterJson().contains("\"version\":1"), row.afterJson());
  }

  @Test
  void theShippedRecipesAreSeededOnceAsStoredVersionsWithAuditRows() throws Exception {
    assertEquals(2, f.recipes.seedShipped(AMY, List.of(v1, cucumber), T0));
    assertEquals(0, f.recipes.seedShipped(AMY, List.of(v1, cucumber), T0.plusSeconds(1)));
    f.recipes.saveVersion(AMY, v2, T0);

    List<RecipeSummary> recipes = f.recipes.recipes(AMY);
    assertEquals(List.of(new RecipeSummary("cucumber-long", "cucumber", List.of(1)),
        new RecipeSummary("tomato-truss", "tomato", List.of(1, 2))), recipes);
    assertEquals(v1, f.recipes.version(AMY, "tomato-truss", 1).orElseThrow().json());
    assertEquals(2, f.count("SELECT COUNT(*) FROM audit WHERE action = 'recipe.seed' AND actor = 'amy'"));
  }

  @Test
  void aTechnicianMayNeitherActivateRollBackNorSeedAndLeavesNoTrace() throws Exception {
    f.recipes.seedShipped(AMY, List.of(v1), T0);
    f.recipes.saveVersion(AMY, v2, T0);
    f.recipes.activate(AMY, "GH-01", "tomato-truss", 2, T0);
    long rows = f.count("SELECT COUNT(*) FROM audit");

    assertThrows(AccessDeniedException.class,
        () -> f.recipes.activate(TOM, "GH-01", "tomato-truss", 1, DAY_LATER, T0));
    assertThrows(AccessDeniedException.class, () -> f.recipes.rollback(TOM, "GH-01", "tomato-truss", 1, T0));
    assertThrows(AccessDeniedException.class, () -> f.recipes.seedShipped(TOM, List.of(cucumber), T0));
    assertEquals(rows, f.count("SELECT COUNT(*) FROM audit"));
    assertEquals(1, f.count("SELECT COUNT(*) FROM recipe_activation"));
    assertEquals(Map.of("GH-01", 2), Map.of("GH-01", f.recipes.inForce(TOM, T0).get("GH-01").version()));
  }

  private String shipped(String name) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/org/hortus/assets/recipes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
