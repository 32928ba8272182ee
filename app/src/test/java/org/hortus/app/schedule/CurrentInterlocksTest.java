package org.hortus.app.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hortus.app.runtime.GreenhouseScanState;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ActuatorCommand;
import org.hortus.model.control.ClimateScan;
import org.hortus.model.schedule.InterlockPeriod;
import org.junit.jupiter.api.Test;

class CurrentInterlocksTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  private static GreenhouseScanState scan(String house, String leeBy, String windwardBy) {
    Map<Actuator, ActuatorCommand> commands = new EnumMap<>(Actuator.class);
    commands.put(Actuator.LEE_VENT, new ActuatorCommand(Actuator.LEE_VENT, 0, leeBy, "why " + leeBy));
    commands.put(Actuator.WINDWARD_VENT, new ActuatorCommand(Actuator.WINDWARD_VENT, 0, windwardBy, "why " + windwardBy));
    return new GreenhouseScanState(house, NOW, Map.of(), null, new ClimateScan(NOW, commands, List.of(), 0, 0));
  }

  @Test
  void anInterlockDecidingAVentIsAPeriodOfItsGreenhouseFromTheScanOn() {
    List<InterlockPeriod> periods = CurrentInterlocks.from(Map.of(
        "GH-01", scan("GH-01", "storm interlock", "storm interlock"),
        "GH-02", scan("GH-02", "ventilation", "rain interlock"),
        "GH-03", scan("GH-03", "ventilation", "ventilation schedule")), SHANGHAI);
    assertEquals(2, periods.size(), periods.toString());
    InterlockPeriod storm = periods.stream().filter(p -> p.name().equals("storm")).findFirst().orElseThrow();
    assertEquals(Set.of("GH-01"), storm.greenhouseIds());
    assertEquals(NOW, storm.from().toInstant());
    assertEquals(NOW.plus(CurrentInterlocks.ASSUMED_HOLD), storm.until().toInstant());
    assertTrue(periods.stream().anyMatch(p -> p.name().equals("rain") && p.covers("GH-02") && !p.covers("GH-01")));
  }
}
