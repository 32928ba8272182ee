package org.hortus.app.ui.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.hortus.app.ui.Messages;
import org.hortus.model.whatif.KpiSummary;

/**
 * One line of the KPI comparison, as shown: what, its unit, the candidate's and the active recipe's
 * value, and the candidate's difference (signed).
 */
record KpiRow(String key, String indicator, String unit, String candidate, String active, String difference) {

  /** The interlock kinds the controller reports, each counted on a line of its own. */
  static final List<String> INTERLOCK_KINDS = List.of("storm", "frost", "rain");

  /** The comparison's lines, in the order the table shows them. */
  static List<KpiRow> of(Messages messages, KpiSummary candidate, KpiSummary active) {
    List<KpiRow> rows = new ArrayList<>();
    Line line = (key, unit, decimals, value) ->
        rows.add(row(messages, key, unit, decimals, value.applyAsDouble(candidate), value.applyAsDouble(active)));
    line.add("heating", "MJ/m²", 1, KpiSummary::heatingMegajoulesPerM2);
    line.add("water", "L/m²", 1, KpiSummary::waterLitresPerM2);
    line.add("co2", "kg/m²", 3, KpiSummary::co2KgPerM2);
    String hours = messages.text("whatif.unit.hours");
    line.add("belowHeating", hours, 1, KpiSummary::hoursBelowHeating);
    line.add("aboveVentilation", hours, 1, KpiSummary::hoursAboveVentilation);
    line.add("tooHumid", hours, 1, KpiSummary::hoursTooHumid);
    line.add("co2Below", hours, 1, KpiSummary::hoursCo2BelowTarget);
    line.add("interlocks", "", 0, k -> k.interlockEvents().size());
    Map<String, Integer> candidateKinds = kinds(candidate);
    Map<String, Integer> activeKinds = kinds(active);
    for (String kind : candidateKinds.keySet()) {
      rows.add(row(messages, "interlocks." + kind, "", 0, candidateKinds.get(kind), activeKinds.get(kind)));
    }
    return rows;
  }

  /** Interlock episodes by kind ("other" for a kind this page does not know). */
  static Map<String, Integer> kinds(KpiSummary kpi) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    INTERLOCK_KINDS.forEach(kind -> counts.put(kind, 0));
    counts.put("other", 0);
    for (String event : kpi.interlockEvents()) {
      // "2026-03-01T02:00:00Z storm: wind …" or "… storm hold: …"
      String reason = event.substring(event.indexOf(' ') + 1);
      String kind = reason.split("[: ]", 2)[0];
      counts.merge(INTERLOCK_KINDS.contains(kind) ? kind : "other", 1, Integer::sum);
    }
    return counts;
  }

  private static KpiRow row(Messages messages, String key, String unit, int decimals, double candidate, double active) {
    double difference = candidate - active;
    String signed = messages.number(Math.abs(difference), decimals);
    boolean none = Math.round(Math.abs(difference) * Math.pow(10, decimals)) == 0; // shows as zero
    String differenceText = none ? messages.number(0, decimals) : (difference > 0 ? "+" : "−") + signed;
    return new KpiRow(key, messages.text("whatif.kpi." + key), unit, messages.number(candidate, decimals),
        messages.number(active, decimals), differenceText);
  }

  @FunctionalInterface
  private interface Line {
    void add(String key, String unit, int decimals, ToDoubleFunction<KpiSummary> value);
  }
}
