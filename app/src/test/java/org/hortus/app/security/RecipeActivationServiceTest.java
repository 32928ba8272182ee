package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hortus.app.audit.AuditRecord;
import org.hortus.model.file.InvalidFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeActivationServiceTest {

  private static final Session AGNES = new Session("agnes", Role.AGRONOMIST);

  @TempDir Path folder;
  private SecurityFixture f;
  private String v1;
  private String v2;

  @BeforeEach
  void setUp() throws Exception {
    f = new SecurityFixture(folder);
    try (InputStream in =
        getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json")) {
      v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    v2 = v1.replace("\"version\": 1", "\"version\": 2");
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void versionsAreStoredAsSavedAndNeverOverwritten() throws Exception {
    f.recipes.saveVersion(AGNES, v1, T0);
    f.recipes.saveVersion(AGNES, v2, T0.plusSeconds(60));
    IllegalArgumentException again =
        assertThrows(IllegalArgumentException.class, () -> f.recipes.saveVersion(AGNES, v2, T0));
    assertTrue(again.getMessage().contains("save the change as v3"), again.getMessage());

    var versions = f.recipes.versions(AGNES, "tomato-truss");
    assertEquals(2, versions.size());
    assertEquals(v1, versions.get(0).json());
    assertEquals("agnes", versions.get(1).savedBy());
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("recipe.save", row.action());
    assertTrue(row.afterJson().contains("\"version\":2"), row.afterJson());
    assertTrue(row.afterJson().matches(".*\"sha256\":\"[0-9a-f]{64}\".*"), row.afterJson());
  }

  @Test
  void anInvalidRecipeIsNotStoredNorAudited() {
    String broken = v1.replaceFirst("\"heatingTemperature\": 19.0", "\"heatingTemperature\": 60");
    assertThrows(InvalidFileException.class, () -> f.recipes.saveVersion(AGNES, broken, T0));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> f.recipes.activate(AGNES, "GH-01", "tomato-truss", 1, T0))
            .getMessage()
            .contains("no stored recipe tomato-truss v1"));
  }

  @Test
  void activatingAVersionIsAnAuditedActWithThePreviousActivationAsBefore() throws Exception {
    f.recipes.saveVersion(AGNES, v1, T0);
    f.recipes.saveVersion(AGNES, v2, T0);
    f.recipes.activate(AGNES, "GH-03", "tomato-truss", 1, T0.plusSeconds(10));
    f.recipes.activate(AGNES, "GH-03", "tomato-truss", 2, T0.plusSeconds(20));

    RecipeActivation active = f.recipes.activeFor(AGNES, "GH-03").orElseThrow();
    assertEquals(2, active.version());
    assertEquals("agnes", active.activatedBy());
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("recipe.activate", row.action());
    assertEquals("greenhouse:GH-03", row.subject());
    assertTrue(row.beforeJson().contains("\"version\":1"), row.beforeJson());
    assertTrue(row.afterJson().contains("\"version\":2"), row.afterJson());
    assertTrue(f.recipes.activeFor(AGNES, "GH-04").isEmpty());
  }
}
