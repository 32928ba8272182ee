package org.hortus.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.app.security.Role;
import org.hortus.app.security.SecurityFixture;
import org.hortus.app.security.Session;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running park follows the recipe activations: now, or from their date. */
class RecipeFollowerTest {

  private static final Session AMY = new Session("amy", Role.AGRONOMIST);
  private static final Instant NOON = Instant.parse("2026-11-30T04:00:00Z"); // 12:00 in Binhai
  private static final double COOL = 12.0;

  @TempDir Path folder;
  private SecurityFixture f;
  private final MovableClock clock = new MovableClock(NOON);
  private ParkRuntime runtime;
  private RecipeFollower follower;

  @BeforeEach
  void setUp() throws Exception {
    f = new SecurityFixture(folder);
    Park park = ShippedFiles.demoPark();
    var recipes = ShippedFiles.sampleRecipes();
    runtime = new ParkRuntime(park, new ParkSetpoints(park, recipes, new SetpointResolver(new SolarCalculator())),
        ClimateSettings.defaults(), List.of(), Map.of(), null, Duration.ofSeconds(1), clock);
    follower = new RecipeFollower(f.recipes, runtime);
    String v1 = new String(getClass().getResourceAsStream("/org/hortus/assets/recipes/tomato.json").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    String cool = v1.replace("\"version\": 1", "\"version\": 2")
        .replaceAll("\"heatingTemperature\": [0-9.]+", "\"heatingTemperature\": " + COOL);
    f.recipes.seedShipped(AMY, List.of(v1), NOON);
    f.recipes.saveVersion(AMY, cool, NOON);
  }

  @AfterEach
  void close() {
    runtime.close();
    f.close();
  }

  @Test
  void aVersionActivatedNowIsWhatTheNextScanRunsOn() throws Exception {
    assertNotEquals(COOL, heatingOfNextScan("GH-01"), 1e-9);
    f.recipes.activate(AMY, "GH-01", "tomato-truss", 2, NOON);
    follower.follow(NOON);
    assertEquals(COOL, heatingOfNextScan("GH-01"), 1e-9);
    assertEquals(2, runtime.recipeOf("GH-01").orElseThrow().version());
    assertEquals(1, runtime.recipeOf("GH-06").orElseThrow().version(), "the other tomato house keeps v1");
  }

  @Test
  void aVersionActivatedFromALaterMomentTakesOverOnlyThen() throws Exception {
    Instant from = NOON.plus(Duration.ofHours(1));
    f.recipes.activate(AMY, "GH-06", "tomato-truss", 2, from, NOON);
    follower.follow(NOON);
    assertNotEquals(COOL, heatingOfNextScan("GH-06"), 1e-9);

    clock.set(from);
    follower.follow(from);
    assertEquals(COOL, heatingOfNextScan("GH-06"), 1e-9);

    f.recipes.rollback(AMY, "GH-06", "tomato-truss", 1, from.plusSeconds(60));
    clock.set(from.plusSeconds(60));
    follower.follow(from.plusSeconds(60));
    assertNotEquals(COOL, heatingOfNextScan("GH-06"), 1e-9);
  }

  private double heatingOfNextScan(String greenhouseId) {
    runtime.scanOnce();
    return runtime.lastScans().get(greenhouseId).setpoints().heatingTemperatureCelsius();
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
