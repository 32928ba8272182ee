package org.hortus.model.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BecauseTest {

  @Test
  void englishFillsNumbersWithTheirDecimals() {
    assertEquals(
        "air 18.2 °C, heating setpoint 19.0 °C",
        Because.of(ClimateReason.HEATING_AIR, 18.24, 19).english());
    assertEquals(
        "VPD 0.46 kPa (band 0.30–1.20 kPa)",
        Because.of(ClimateReason.HUMIDITY_VPD, 0.456, 0.3, 1.2).english());
  }

  @Test
  void englishWordsNestedReasonsTimesAndTextAsWritten() {
    Because override =
        Because.of(ClimateReason.OVERRIDE, "tom", LocalTime.of(14, 0), "drying {0} the crop");
    Because storm = Because.of(ClimateReason.STORM, 21.0, 17.0);
    assertEquals(
        "storm: wind 21.0 m/s above 17.0 m/s (beats manual override: set by tom until 14:00: drying {0} the crop)",
        Because.of(ClimateReason.BEATS_OVERRIDE, storm, override).english());
    assertEquals(
        "schedule 'morning airing' until 09:30",
        Because.of(ClimateReason.VENTILATION_SCHEDULE, "morning airing", LocalTime.of(9, 30)).toString());
  }

  @Test
  void aReasonKeepsItsNumbersAsNumbers() {
    Because wind = Because.of(ClimateReason.VENTILATION_WIND, 9.14);
    assertEquals("ventilation.wind", wind.key());
    assertEquals(List.of(9.14), wind.args());
  }

  @Test
  void theWrongNumberOfArgumentsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Because.of(ClimateReason.HEATING_AIR, 18.2));
  }

  @Test
  void aCommandMadeFromEnglishWordsKnowsItsDeciderAndKeepsTheReasonAsWritten() {
    ActuatorCommand command = new ActuatorCommand(Actuator.LEE_VENT, 0, "storm interlock", "why {0}");
    assertEquals(Decider.STORM_INTERLOCK, command.decider());
    assertEquals("storm interlock", command.decidedBy());
    assertEquals("why {0}", command.reason());
    assertThrows(
        IllegalArgumentException.class, () -> new ActuatorCommand(Actuator.LEE_VENT, 0, "luck", "why"));
  }

  @Test
  void everyPhraseHasItsOwnKeyAndUsesEachArgument() {
    Set<String> keys = new HashSet<>();
    for (ClimateReason reason : ClimateReason.values()) {
      assertTrue(keys.add(reason.key()), "duplicate key " + reason.key());
      for (int i = 0; i < reason.args().size(); i++) {
        assertTrue(reason.english().contains("{" + i + "}"), reason + " does not use {" + i + "}");
      }
    }
  }
}
