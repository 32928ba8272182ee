package org.hortus.app.security;

import static org.hortus.app.security.SecurityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.store.OverrideStore;
import org.hortus.app.store.OverrideStore.StoredOverride;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverrideServiceTest {

  private static final Session TOM = new Session("tom", Role.TECHNICIAN);
  private static final Instant IN_AN_HOUR = T0.plus(Duration.ofHours(1));

  @TempDir Path folder;
  private SecurityFixture f;

  @BeforeEach
  void setUp() {
    f = new SecurityFixture(folder);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void anOverrideIsStoredUnderTheSessionsUserAndAudited() throws Exception {
    long id = f.overrides.set(TOM, "GH-01", Actuator.LEE_VENT, 40, IN_AN_HOUR, "glass repair", T0);

    List<StoredOverride> active = new OverrideStore(f.db).activeAt(T0.plusSeconds(1));
    assertEquals(1, active.size());
    assertEquals(id, active.getFirst().id());
    assertEquals("tom", active.getFirst().override().user());
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("override.set", row.action());
    assertEquals("greenhouse:GH-01", row.subject());
    assertEquals("tom", row.actor());
    assertEquals("null", row.beforeJson());
    assertTrue(
        row.afterJson().contains("\"actuator\":\"LEE_VENT\",\"value\":40.0"), row.afterJson());
  }

  @Test
  void aSecondOverrideRecordsTheOneItSupersedesAsBefore() throws Exception {
    f.overrides.set(TOM, "GH-01", Actuator.LEE_VENT, 40, IN_AN_HOUR, "glass repair", T0);
    f.overrides.set(TOM, "GH-01", Actuator.LEE_VENT, 10, IN_AN_HOUR, "wind rising", T0);
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertTrue(row.beforeJson().contains("\"value\":40.0"), row.beforeJson());
    assertTrue(row.afterJson().contains("\"value\":10.0"), row.afterJson());
  }

  @Test
  void clearingEndsTheOverrideAndIsAudited() throws Exception {
    long id = f.overrides.set(TOM, "GH-01", Actuator.LAMPS, 1, IN_AN_HOUR, "inspection", T0);
    f.overrides.clear(TOM, id, T0.plusSeconds(30));
    assertTrue(new OverrideStore(f.db).activeAt(T0.plusSeconds(31)).isEmpty());
    AuditRecord row = f.audit.last().orElseThrow().record();
    assertEquals("override.clear", row.action());
    assertTrue(
        row.afterJson().endsWith(",\"clearedAt\":\"2026-03-01T08:00:30Z\"}"), row.afterJson());
    assertThrows(IllegalArgumentException.class, () -> f.overrides.clear(TOM, id, T0));
    assertEquals(2, f.count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void anOverrideWhoseAuditRowCannotBeWrittenIsNotStored() throws Exception {
    // The actor column holds 64 characters, set_by 100: the override insert succeeds, the audit
    // insert after it fails, and the transaction takes both back.
    Session longName = new Session("t".repeat(80), Role.TECHNICIAN);
    assertThrows(
        SQLException.class,
        () -> f.overrides.set(longName, "GH-01", Actuator.LEE_VENT, 40, IN_AN_HOUR, "x", T0));
    assertEquals(0, f.count("SELECT COUNT(*) FROM manual_override"));
    assertEquals(0, f.count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void anOverrideNeedsAFutureExpiryAndAReason() {
    assertThrows(
        IllegalArgumentException.class,
        () -> f.overrides.set(TOM, "GH-01", Actuator.LEE_VENT, 40, T0, "already over", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> f.overrides.set(TOM, "GH-01", Actuator.LEE_VENT, 40, IN_AN_HOUR, " ", T0));
  }
}
