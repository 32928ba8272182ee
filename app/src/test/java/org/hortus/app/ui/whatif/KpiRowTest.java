package org.hortus.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hortus.app.ui.Messages;
import org.hortus.model.whatif.KpiSummary;
import org.junit.jupiter.api.Test;

class KpiRowTest {

  private static final KpiSummary CANDIDATE = new KpiSummary(48, 1234.56, 5.25, 0.1064, 1.1, 0, 0, 18.44, List.of(
      "2026-03-01T02:00:00Z storm: wind 18.2 m/s above 15.0 m/s",
      "2026-03-01T09:00:00Z rain: windward vents at most 10 %",
      "2026-03-02T02:00:00Z storm hold: wind below 12.0 m/s for 3 of 15 min (peak 19.0 m/s)",
      "2026-03-02T05:00:00Z lightning: something new"));
  private static final KpiSummary ACTIVE = new KpiSummary(48, 1200.0, 5.3, 0.125, 0.6, 0, 3.8, 18.9, List.of(
      "2026-03-01T02:00:00Z frost: air 1.2 °C below 2.0 °C"));

  @Test
  void eachIndicatorIsFormattedWithItsUnitAndASignedDifference() {
    List<KpiRow> rows = KpiRow.of(new Messages(Locale.ENGLISH), CANDIDATE, ACTIVE);
    KpiRow heating = rows.getFirst();
    assertEquals(new KpiRow("heating", "Heating energy", "MJ/m²", "1,234.6", "1,200.0", "+34.6"), heating);
    assertEquals(new KpiRow("co2", "CO₂ dosed", "kg/m²", "0.106", "0.125", "−0.019"), rows.get(2));
    assertEquals("0.0", rows.get(4).difference(), "no difference has no sign");
    assertEquals(new KpiRow("interlocks", "Interlock events", "", "4", "1", "+3"), rows.get(7));
  }

  @Test
  void interlockEpisodesAreCountedByKind() {
    assertEquals(Map.of("storm", 2, "frost", 0, "rain", 1, "other", 1), KpiRow.kinds(CANDIDATE));
    List<KpiRow> rows = KpiRow.of(new Messages(Locale.ENGLISH), CANDIDATE, ACTIVE);
    assertEquals(List.of("interlocks.storm 2 0", "interlocks.frost 0 1", "interlocks.rain 1 0", "interlocks.other 1 0"),
        rows.subList(8, 12).stream().map(r -> r.key() + " " + r.candidate() + " " + r.active()).toList());
  }

  @Test
  void chineseNumbersAndHours() {
    List<KpiRow> rows = KpiRow.of(new Messages(Locale.SIMPLIFIED_CHINESE), CANDIDATE, ACTIVE);
    assertEquals("加热能耗", rows.getFirst().indicator());
    assertEquals("小时", rows.get(3).unit());
  }
}
