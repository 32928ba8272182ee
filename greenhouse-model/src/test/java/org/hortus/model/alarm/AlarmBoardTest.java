package org.hortus.model.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmBoardTest {

  private static final Instant T0 = AlarmScript.T0;

  private static AlarmDefinition high(String greenhouse) {
    return AlarmDefinition.builder(
            greenhouse + ".air.high", greenhouse + ".air", greenhouse + " air")
        .unit("°C")
        .condition(new AlarmCondition.HighLimit(30, 0.5))
        .build();
  }

  private static AlarmDefinition bad(String greenhouse) {
    return AlarmDefinition.builder(
            greenhouse + ".air.bad", greenhouse + ".air", greenhouse + " air")
        .condition(new AlarmCondition.BadQuality())
        .build();
  }

  private final AlarmBoard board =
      new AlarmBoard(List.of(high("GH-01"), bad("GH-01"), high("GH-02")));

  private static String states(List<AlarmTransition> transitions) {
    return String.join(
        " ",
        transitions.stream().map(t -> t.alarmId() + ":" + AlarmScript.shortName(t.to())).toList());
  }

  @Test
  void eachAlarmGetsTheInputOfItsSource() {
    List<AlarmTransition> out =
        board.evaluate(
            T0, Map.of("GH-01.air", AlarmInput.good(31), "GH-02.air", AlarmInput.good(25)));
    assertEquals("GH-01.air.high:UNACK", states(out));
    assertEquals(
        "GH-01.air.bad:UNACK",
        states(board.evaluate(T0.plusSeconds(1), Map.of("GH-01.air", AlarmInput.bad()))));
  }

  @Test
  void commandsGoToOneAlarmByIdAndAPageAcknowledgementToAll() {
    board.evaluate(T0, Map.of("GH-01.air", AlarmInput.good(31), "GH-02.air", AlarmInput.good(31)));
    assertEquals("GH-02.air.high:ACK", states(board.acknowledge("GH-02.air.high", T0, "li", "")));
    assertEquals("GH-01.air.high:ACK", states(board.acknowledgeAll(T0, "li", "")));
    assertEquals(
        List.of(AlarmState.ACKNOWLEDGED, AlarmState.NORMAL, AlarmState.ACKNOWLEDGED),
        board.snapshots().stream().map(AlarmSnapshot::state).toList());
  }

  @Test
  void aShelfExpiresOnATickWithoutInputs() {
    board.shelve("GH-02.air.high", T0, "li", T0.plusSeconds(600), "vent motor repair");
    assertEquals(List.of(), board.tick(T0.plusSeconds(599)));
    assertEquals("GH-02.air.high:NORMAL", states(board.tick(T0.plusSeconds(600))));
  }

  @Test
  void maintenanceSuppressesEveryAlarmOfASource() {
    assertEquals(
        "GH-01.air.high:SUPPRESSED GH-01.air.bad:SUPPRESSED",
        states(board.suppressSource("GH-01.air", T0, "sensor swap")));
    assertEquals(
        List.of(),
        board.evaluate(T0.plusSeconds(1), Map.of("GH-01.air", AlarmInput.bad())).stream()
            .filter(AlarmTransition::annunciation)
            .toList());
    assertEquals(
        "GH-01.air.high:NORMAL GH-01.air.bad:UNACK",
        states(board.unsuppressSource("GH-01.air", T0.plusSeconds(2))));
  }

  @Test
  void unknownAndDuplicateIdsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> board.acknowledge("GH-09.air.high", T0, "li", ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AlarmBoard(List.of(high("GH-01"), high("GH-01"))));
  }
}
