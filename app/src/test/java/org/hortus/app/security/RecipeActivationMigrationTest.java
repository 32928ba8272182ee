package org.hortus.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** V7 adds the effective-from time to a database of an older Hortus without losing activations. */
class RecipeActivationMigrationTest {

  private static final Session AMY = new Session("amy", Role.AGRONOMIST);

  @TempDir Path folder;

  /** From the newest schema before V7: V6 where the schedules' migration is there, else V5. */
  @Test
  void activationsMadeBeforeV7TookEffectWhenTheyWereMade() throws Exception {
    String url = Database.fileUrl(folder.resolve("hortus"));
    String before = Arrays.stream(
            Flyway.configure().dataSource(url, "hortus", "").locations("classpath:db/migration").load().info().all())
        .map(m -> m.getVersion())
        .filter(v -> v.isNewerThan("4") && !v.isAtLeast("7"))
        .max(Comparator.naturalOrder()).orElseThrow().getVersion();
    Flyway.configure().dataSource(url, "hortus", "").locations("classpath:db/migration").target(before).load().migrate();
    String tomato;
    try (InputStream in = getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json")) {
      tomato = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = DriverManager.getConnection(url, "hortus", "")) {
      try (PreparedStatement v = c.prepareStatement("INSERT INTO recipe_version VALUES ('tomato-truss', 1, ?, 'amy', 1000)")) {
        v.setString(1, tomato);
        v.executeUpdate();
      }
      c.createStatement().execute("INSERT INTO recipe_activation (greenhouse_id, recipe_id, version, activated_by,"
          + " activated_at) VALUES ('GH-01', 'tomato-truss', 1, 'amy', 5000)");
    }

    try (SecurityFixture f = new SecurityFixture(folder)) {
      RecipeActivation kept = f.recipes.inForce(AMY, "GH-01", Instant.ofEpochMilli(5000)).orElseThrow();
      assertEquals(new RecipeActivation("GH-01", "tomato-truss", 1, "amy", Instant.ofEpochMilli(5000)), kept);
      assertEquals(Instant.ofEpochMilli(5000), kept.effectiveFrom());
      assertEquals(0, f.recipes.inForce(AMY, Instant.ofEpochMilli(4999)).size());
    }
  }
}
