package org.hortus.app.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditVerifier;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.store.Database;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Recurrence;
import org.hortus.model.schedule.ScheduleTiming;
import org.hortus.model.schedule.Validity;
import org.hortus.model.schedule.VentilationSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleServiceTest {

  private static final Session TOM = new Session("tom", Role.TECHNICIAN);
  private static final Session VIC = new Session("vic", Role.VIEWER);
  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

  @TempDir Path folder;
  private Database db;
  private AuditLog audit;
  private ScheduleService service;
  private ScheduleStore store;

  @BeforeEach
  void open() throws Exception {
    db = Database.open(Database.fileUrl(folder.resolve("hortus")));
    audit = new AuditLog(db);
    store = new ScheduleStore(db);
    service = new ScheduleService(store, audit, ShippedFiles.demoPark());
  }

  @AfterEach
  void close() {
    db.close();
  }

  static IrrigationSchedule dawnShot(String zone, String time) {
    return new IrrigationSchedule(Schedules.NEW_ID, "dawn " + zone, zone, ScheduleTiming.daily(LocalTime.parse(time)),
        IrrigationDose.millilitresPerM2(350), true);
  }

  static VentilationSchedule airing() {
    ScheduleTiming timing = new ScheduleTiming(Recurrence.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
        Validity.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30)), LocalTime.of(9, 30));
    return new VentilationSchedule(Schedules.NEW_ID, "morning airing", "GH-03", timing, 30, Duration.ofMinutes(45), true);
  }

  @Test
  void aCreatedScheduleReadsBackAsSavedAndIsAudited() throws Exception {
    SavedSchedule saved = service.create(TOM, airing(), T0);

    List<SavedSchedule> all = service.list(VIC);
    assertEquals(List.of(saved), all);
    assertEquals(1, saved.revision());
    VentilationSchedule back = (VentilationSchedule) all.getFirst().schedule();
    assertEquals(Long.toString(saved.id()), back.id());
    assertEquals(airing().timing(), back.timing());
    assertEquals(30, back.openingPercent());
    AuditRecord row = audit.last().orElseThrow().record();
    assertEquals("schedule.save", row.action());
    assertEquals("schedule:" + saved.id(), row.subject());
    assertEquals("tom", row.actor());
    assertEquals("null", row.beforeJson());
    assertTrue(row.afterJson().contains("\"recurrence\":\"weekdays MONDAY,THURSDAY\""), row.afterJson());
    assertTrue(row.afterJson().contains("\"validUntil\":\"2026-06-30\""), row.afterJson());
  }

  @Test
  void everyRecurrenceAndDoseKindSurvivesTheDatabase() throws Exception {
    IrrigationSchedule everyThird = new IrrigationSchedule(Schedules.NEW_ID, "flush", "GH-04.Z2",
        new ScheduleTiming(Recurrence.everyDays(3, LocalDate.of(2026, 5, 2)), Validity.startingOn(LocalDate.of(2026, 5, 2)),
            LocalTime.of(23, 59)),
        IrrigationDose.runTime(Duration.ofMinutes(12)), false);
    IrrigationSchedule saved = (IrrigationSchedule) service.create(TOM, everyThird, T0).schedule();
    IrrigationSchedule back = (IrrigationSchedule) store.all().getFirst().schedule();
    assertEquals(saved, back);
    assertEquals(everyThird.timing(), back.timing());
    assertEquals(everyThird.dose(), back.dose());
    assertFalse(back.enabled());
  }

  @Test
  void anUpdateKeepsTheIdAddsARevisionAndAuditsBeforeAndAfter() throws Exception {
    SavedSchedule first = service.create(TOM, dawnShot("GH-01.Z1", "05:30"), T0);
    SavedSchedule second = service.update(TOM, first.id(), 1, dawnShot("GH-01.Z1", "06:15"), T0.plusSeconds(60));

    assertEquals(first.id(), second.id());
    assertEquals(2, second.revision());
    assertEquals(LocalTime.of(6, 15), store.all().getFirst().schedule().timing().timeOfDay());
    AuditRecord row = audit.last().orElseThrow().record();
    assertEquals("schedule.save", row.action());
    assertTrue(row.beforeJson().contains("\"start\":\"05:30\""), row.beforeJson());
    assertTrue(row.afterJson().contains("\"start\":\"06:15\""), row.afterJson());
    assertTrue(new AuditVerifier(db).verify().intact(), "the audit chain holds");
  }

  @Test
  void aStaleEditIsRefusedAndChangesNothing() throws Exception {
    SavedSchedule first = service.create(TOM, dawnShot("GH-01.Z1", "05:30"), T0);
    service.update(TOM, first.id(), 1, dawnShot("GH-01.Z1", "06:15"), T0);
    assertThrows(ScheduleChangedException.class,
        () -> service.update(TOM, first.id(), 1, dawnShot("GH-01.Z1", "07:00"), T0));
    assertThrows(ScheduleChangedException.class, () -> service.delete(TOM, first.id(), 1, T0));
    assertEquals(LocalTime.of(6, 15), store.all().getFirst().schedule().timing().timeOfDay());
    assertEquals(2, count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void disablingAndEnablingAreAuditedAndARepeatWritesNothing() throws Exception {
    SavedSchedule saved = service.create(TOM, airing(), T0);
    SavedSchedule off = service.setEnabled(TOM, saved.id(), false, T0);
    assertFalse(off.schedule().enabled());
    assertEquals("schedule.disable", audit.last().orElseThrow().record().action());
    service.setEnabled(TOM, saved.id(), false, T0);
    assertEquals(2, count("SELECT COUNT(*) FROM audit"));
    service.setEnabled(TOM, saved.id(), true, T0);
    AuditRecord row = audit.last().orElseThrow().record();
    assertEquals("schedule.enable", row.action());
    assertTrue(row.beforeJson().contains("\"enabled\":false"), row.beforeJson());
    assertTrue(row.afterJson().contains("\"enabled\":true"), row.afterJson());
    assertTrue(store.all().getFirst().schedule().enabled());
  }

  @Test
  void aDeletedScheduleIsGoneAndItsLastStateIsInTheAudit() throws Exception {
    SavedSchedule saved = service.create(TOM, airing(), T0);
    service.delete(TOM, saved.id(), 1, T0);
    assertTrue(store.all().isEmpty());
    AuditRecord row = audit.last().orElseThrow().record();
    assertEquals("schedule.delete", row.action());
    assertTrue(row.beforeJson().contains("\"name\":\"morning airing\""), row.beforeJson());
    assertEquals("null", row.afterJson());
  }

  @Test
  void aViewerMaySeeButNotChangeSchedules() throws Exception {
    SavedSchedule saved = service.create(TOM, airing(), T0);
    assertEquals(1, service.list(VIC).size());
    assertThrows(AccessDeniedException.class, () -> service.create(VIC, airing(), T0));
    assertThrows(AccessDeniedException.class, () -> service.update(VIC, saved.id(), 1, airing(), T0));
    assertThrows(AccessDeniedException.class, () -> service.setEnabled(VIC, saved.id(), false, T0));
    assertThrows(AccessDeniedException.class, () -> service.delete(VIC, saved.id(), 1, T0));
    assertEquals(List.of(saved), store.all());
    assertEquals(1, count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void invalidSchedulesAreRefusedWithEveryProblemAndNothingIsStored() throws Exception {
    IrrigationSchedule bad = new IrrigationSchedule(Schedules.NEW_ID, "  ", "GH-09.Z1",
        ScheduleTiming.daily(LocalTime.of(5, 30, 15)), IrrigationDose.millilitresPerM2(5000), true);
    InvalidScheduleException e = assertThrows(InvalidScheduleException.class, () -> service.create(TOM, bad, T0));
    assertEquals(List.of(ScheduleProblem.NAME_REQUIRED, ScheduleProblem.TARGET_UNKNOWN, ScheduleProblem.TIME_FORMAT,
        ScheduleProblem.DOSE_TOO_LARGE), e.problems());
    assertTrue(e.getMessage().contains("the park has no such zone or greenhouse"), e.getMessage());

    VentilationSchedule zoneAsHouse = new VentilationSchedule(Schedules.NEW_ID, "airing", "GH-01.Z1",
        ScheduleTiming.daily(LocalTime.NOON), 30, Duration.ofHours(13), true);
    e = assertThrows(InvalidScheduleException.class, () -> service.create(TOM, zoneAsHouse, T0));
    assertEquals(List.of(ScheduleProblem.TARGET_UNKNOWN, ScheduleProblem.DURATION_TOO_LONG), e.problems());

    SavedSchedule saved = service.create(TOM, dawnShot("GH-01.Z1", "05:30"), T0);
    assertThrows(InvalidScheduleException.class, () -> service.update(TOM, saved.id(), 1, bad, T0));
    assertEquals(List.of(saved), store.all());
    assertEquals(1, count("SELECT COUNT(*) FROM audit"));
  }

  @Test
  void aScheduleWhoseAuditRowCannotBeWrittenIsNotStored() throws Exception {
    Session longName = new Session("t".repeat(80), Role.TECHNICIAN); // the audit actor holds 64
    assertThrows(SQLException.class, () -> service.create(longName, airing(), T0));
    assertEquals(0, count("SELECT COUNT(*) FROM schedule"));
    assertEquals(0, count("SELECT COUNT(*) FROM audit"));
  }

  private long count(String query) throws SQLException {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
