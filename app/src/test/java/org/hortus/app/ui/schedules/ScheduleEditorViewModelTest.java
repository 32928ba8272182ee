package org.hortus.app.ui.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.schedule.SavedSchedule;
import org.hortus.app.schedule.ScheduleProblem.Field;
import org.hortus.app.ui.Messages;
import org.hortus.model.park.Park;
import org.hortus.model.schedule.InterlockPeriod;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.hortus.model.schedule.VentilationSchedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editor's checks and conflicts, without a toolkit. */
class ScheduleEditorViewModelTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private Park park;
  private final List<SavedSchedule> stored = new ArrayList<>();
  private final List<InterlockPeriod> interlocks = new ArrayList<>();
  private ScheduleEditorViewModel model;

  @BeforeEach
  void create() throws Exception {
    park = ShippedFiles.demoPark();
    model = new ScheduleEditorViewModel(new ScheduleTexts(new Messages(Locale.ENGLISH)), park, () -> stored,
        () -> interlocks, () -> TODAY);
    model.startNew(ScheduleKind.IRRIGATION);
  }

  private void fillIrrigation(String zone, String time, String dose) {
    model.name.set("dawn");
    model.target.set(zone);
    model.time.set(time);
    model.dose.set(dose);
  }

  @ParameterizedTest(name = "time ''{0}'', dose ''{1}'' {2} → time ''{3}'', dose ''{4}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          05:30 | 350  | MILLILITRES_PER_M2 |                                                 |
          5:30  | 1,500 | MILLILITRES_PER_M2 |                                                |
          24:00 | 350  | MILLILITRES_PER_M2 | Enter the start time as HH:mm, 00:00 to 23:59 |
          5.30  | 350  | MILLILITRES_PER_M2 | Enter the start time as HH:mm, 00:00 to 23:59 |
          05:30 | 0    | MILLILITRES_PER_M2 |                                                 | The dose must be more than 0
          05:30 | 2500 | MILLILITRES_PER_M2 |                                                 | The dose is above the maximum (2000 mL/m² or 60 min)
          05:30 | 61   | MINUTES            |                                                 | The dose is above the maximum (2000 mL/m² or 60 min)
          05:30 | 3.5  | MINUTES            |                                                 |
          05:30 | lots | MILLILITRES_PER_M2 |                                                 | Enter the dose as a number
          """)
  void timeAndDoseAreCheckedAsTyped(String time, String dose, DoseUnit unit, String timeError, String doseError) {
    model.doseUnit.set(unit);
    fillIrrigation("GH-01.Z1", time, dose);
    assertEquals(timeError == null ? "" : timeError, model.error(Field.TIME).get());
    assertEquals(doseError == null ? "" : doseError, model.error(Field.DOSE).get());
    assertEquals(timeError == null && doseError == null, model.valid().get());
  }

  @Test
  void aNameAndAZoneOfTheParkAreRequired() {
    fillIrrigation("GH-09.Z1", "05:30", "350");
    model.name.set(" ");
    assertEquals("A name is required", model.error(Field.NAME).get());
    assertEquals("The park has no such zone (irrigation) or greenhouse (ventilation)", model.error(Field.TARGET).get());
    model.kind.set(ScheduleKind.VENTILATION);
    model.target.set("GH-01");
    assertEquals("", model.error(Field.TARGET).get());
    assertFalse(model.valid().get());
  }

  @Test
  void ventilationNeedsAnOpeningFrom0To100AndAPositiveDuration() {
    model.kind.set(ScheduleKind.VENTILATION);
    model.name.set("airing");
    model.target.set("GH-03");
    model.time.set("09:00");
    model.opening.set("120");
    model.duration.set("0");
    assertEquals("The opening must be 0 to 100 %", model.error(Field.OPENING).get());
    assertEquals("The duration must be more than 0 minutes", model.error(Field.DURATION).get());
    model.opening.set("30");
    model.duration.set("45");
    assertTrue(model.valid().get());
    VentilationSchedule made = (VentilationSchedule) model.schedule().orElseThrow();
    assertEquals(30, made.openingPercent());
    assertEquals(Duration.ofMinutes(45), made.duration());
  }

  @Test
  void theValidityMayNotEndBeforeItStarts() {
    fillIrrigation("GH-01.Z1", "05:30", "350");
    model.validFrom.set(TODAY);
    model.validUntil.set(TODAY.minusDays(1));
    assertEquals("The last valid date is before the first", model.error(Field.VALID_UNTIL).get());
    model.validUntil.set(TODAY);
    assertTrue(model.valid().get());
  }

  @Test
  void anOverlapOnTheSameWaterSupplyIsAConflictBeforeSaving() {
    stored.add(new SavedSchedule(4, new IrrigationSchedule("4", "dawn Z2", "GH-01.Z2",
        ScheduleTiming.daily(LocalTime.of(5, 30)), IrrigationDose.millilitresPerM2(400), true), 1, "tom", Instant.EPOCH));
    fillIrrigation("GH-01.Z1", "05:32", "350");
    assertEquals(1, model.conflicts().size(), model.conflicts().toString());
    assertEquals(7, model.conflictCheck().irrigation().size()); // every day of the week
    assertEquals("“dawn Z2” (GH-01.Z2, 05:30–05:34) and “dawn” (GH-01.Z1, 05:32–05:35) both need water supply WS-1"
        + " on 7 of the 7 days checked (first Dec 1, 2026): the later run waits.", model.conflicts().getFirst());
    model.target.set("GH-03.Z1"); // on WS-2
    assertTrue(model.conflicts().isEmpty(), model.conflicts().toString());
    model.target.set("GH-01.Z1");
    model.time.set("05:40");
    assertTrue(model.conflicts().isEmpty(), model.conflicts().toString());
  }

  @Test
  void aVentilationRunAgainstAnInterlockHoldingNowIsAConflict() {
    ZonedDateTime nineOClock = TODAY.atTime(9, 0).atZone(park.site().zone());
    interlocks.add(new InterlockPeriod("storm", "wind 19 m/s", nineOClock, nineOClock.plusHours(1), java.util.Set.of("GH-03")));
    model.kind.set(ScheduleKind.VENTILATION);
    model.name.set("airing");
    model.target.set("GH-03");
    model.time.set("09:30");
    model.opening.set("30");
    model.duration.set("45");
    assertEquals(1, model.conflicts().size());
    assertTrue(model.conflicts().getFirst().contains("the storm interlock holds the vents"), model.conflicts().getFirst());
    model.target.set("GH-04");
    assertTrue(model.conflicts().isEmpty());
  }
}
