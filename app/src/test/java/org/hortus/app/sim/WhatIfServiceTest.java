package org.hortus.app.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.security.RecipeActivationService;
import org.hortus.app.security.RecipeVersion;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.store.Database;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if's recipes on a real H2 file: what there is to try and what a house runs now. */
class WhatIfServiceTest {

  private static final Session AMY = new Session("amy", Role.AGRONOMIST);
  private static final Session TOM = new Session("tom", Role.TECHNICIAN);
  private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

  @TempDir Path folder;
  private Database database;
  private RecipeActivationService recipes;
  private WhatIfService service;
  private Park park;
  private Greenhouse tomatoHouse;
  private String tomatoV1;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(Database.fileUrl(folder.resolve("whatif")));
    recipes = new RecipeActivationService(database, new AuditLog(database));
    service = new WhatIfService(database);
    park = ShippedFiles.demoPark();
    tomatoHouse = park.greenhouse("GH-01").orElseThrow();
    try (InputStream in = getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json")) {
      tomatoV1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void withoutAnActivationAHouseRunsItsCropsShippedRecipe() throws Exception {
    ActiveRecipe active = service.active(AMY, tomatoHouse);
    assertTrue(active.activation().isEmpty());
    assertEquals("tomato-truss", active.recipe().id());
    assertEquals(ShippedFiles.sampleRecipes().get("tomato-truss"), active.recipe());
  }

  @Test
  void anActivatedVersionIsTheBaseline() throws Exception {
    recipes.saveVersion(AMY, tomatoV1, T0);
    String v2 = tomatoV1.replace("\"version\": 1", "\"version\": 2");
    recipes.saveVersion(AMY, v2, T0.plusSeconds(60));
    recipes.activate(AMY, "GH-01", "tomato-truss", 2, T0.plusSeconds(120));

    ActiveRecipe active = service.active(AMY, tomatoHouse);
    assertEquals(2, active.recipe().version());
    assertEquals(2, active.activation().orElseThrow().version());
    assertEquals("amy", active.activation().orElseThrow().activatedBy());
    assertTrue(service.active(AMY, park.greenhouse("GH-02").orElseThrow()).activation().isEmpty());
  }

  @Test
  void anActivationThatStartsLaterIsNotTheBaselineYet() throws Exception {
    recipes.saveVersion(AMY, tomatoV1, T0);
    Instant now = Instant.now();
    recipes.activate(AMY, "GH-01", "tomato-truss", 1, now.plus(java.time.Duration.ofDays(2)), now);

    ActiveRecipe active = service.active(AMY, tomatoHouse);
    assertTrue(active.activation().isEmpty(), "scheduled for later, not in force");
    assertEquals(ShippedFiles.sampleRecipes().get("tomato-truss"), active.recipe());
  }

  @Test
  void storedVersionsOfTheParksRecipesAreOffered() throws Exception {
    assertEquals(List.of(), service.storedVersions(AMY, park, List.of()));
    recipes.saveVersion(AMY, tomatoV1, T0);
    String other = tomatoV1.replace("\"id\": \"tomato-truss\"", "\"id\": \"tomato-trial\"");
    recipes.saveVersion(AMY, other, T0.plusSeconds(1));

    // Every stored recipe is offered, also one no house runs yet (an agronomist's new recipe).
    List<RecipeVersion> offered = service.storedVersions(AMY, park, List.of());
    assertEquals(List.of("tomato-truss", "tomato-trial"), offered.stream().map(RecipeVersion::recipeId).toList());
  }

  @Test
  void aTechnicianMayNotRunAWhatIf() throws Exception {
    var request = new WhatIfComparison.Request(park, tomatoHouse, service.shippedRecipes().get("tomato-truss"),
        service.shippedRecipes().get("tomato-truss"), LocalDate.of(2026, 3, 1), 1);
    var monitor = new WhatIfComparison.Monitor() {
      @Override
      public boolean cancelled() {
        return false;
      }

      @Override
      public void progress(double fractionDone) {
        throw new AssertionError("a refused run made progress");
      }
    };
    assertThrows(AccessDeniedException.class, () -> service.compare(TOM, request, monitor, Runnable::run));
    assertThrows(AccessDeniedException.class, () -> service.active(TOM, tomatoHouse));
  }
}
