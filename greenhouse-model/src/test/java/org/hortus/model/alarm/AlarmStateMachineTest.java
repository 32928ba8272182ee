package org.hortus.model.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hortus.model.alarm.AlarmTransition.Cause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmStateMachineTest {

  private static AlarmScript script(String steps) {
    return new AlarmScript(AlarmScript.airHigh().build()).run(steps);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          crossing the limit annunciates                      | 31                | NORMAL>UNACK
          acknowledging an active alarm leaves it acknowledged | 31 ack            | NORMAL>UNACK UNACK>ACK
          an acknowledged alarm returns to normal on clear    | 31 ack 29         | NORMAL>UNACK UNACK>ACK ACK>NORMAL
          an unacknowledged alarm that clears awaits ack      | 31 29             | NORMAL>UNACK UNACK>RTN_UNACK
          acknowledging a returned alarm makes it normal      | 31 29 ack         | NORMAL>UNACK UNACK>RTN_UNACK RTN_UNACK>NORMAL
          a returned alarm that comes back annunciates again  | 31 29 31          | NORMAL>UNACK UNACK>RTN_UNACK RTN_UNACK>UNACK
          acknowledging a normal alarm does nothing           | ack               | -
          a second acknowledgement does nothing               | 31 ack ack        | NORMAL>UNACK UNACK>ACK
          staying active annunciates only once                | 31 32 33          | NORMAL>UNACK
          """)
  void theIsaStatesFollowConditionAndAcknowledgement(
      String behaviour, String steps, String states) {
    assertEquals(states, script(steps).states(), behaviour);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          shelving a normal alarm; expiry returns to normal             | shelve +31m          | NORMAL>SHELVED SHELVED>NORMAL
          shelving an unacknowledged alarm; expiry annunciates again    | 31 shelve +31m       | NORMAL>UNACK UNACK>SHELVED SHELVED>UNACK
          shelving an acknowledged alarm; expiry annunciates again      | 31 ack shelve +31m   | NORMAL>UNACK UNACK>ACK ACK>SHELVED SHELVED>UNACK
          shelving a returned alarm; expiry returns to normal           | 31 29 shelve +31m    | NORMAL>UNACK UNACK>RTN_UNACK RTN_UNACK>SHELVED SHELVED>NORMAL
          a clear under the shelf is recorded and expiry gives normal   | 31 shelve 29 +31m    | NORMAL>UNACK UNACK>SHELVED SHELVED>SHELVED SHELVED>NORMAL
          an activation under the shelf shows when the shelf expires    | shelve 31 +31m       | NORMAL>SHELVED SHELVED>SHELVED SHELVED>UNACK
          the shelf holds until its expiry                              | 31 shelve +29m 32    | NORMAL>UNACK UNACK>SHELVED
          shelving again moves the expiry                               | shelve +20m shelve +20m | NORMAL>SHELVED SHELVED>SHELVED
          unshelving an active alarm annunciates it                     | 31 shelve unshelve   | NORMAL>UNACK UNACK>SHELVED SHELVED>UNACK
          unshelving a clear alarm returns it to normal                 | shelve unshelve      | NORMAL>SHELVED SHELVED>NORMAL
          unshelving an alarm that is not shelved does nothing          | 31 unshelve          | NORMAL>UNACK
          """)
  void shelvingHidesTheAlarmUntilItsExpiryThenRestoresTheImpliedState(
      String behaviour, String steps, String states) {
    assertEquals(states, script(steps).states(), behaviour);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          suppressing and lifting a normal alarm                   | suppress unsuppress           | NORMAL>SUPPRESSED SUPPRESSED>NORMAL
          lifting the suppression of an active alarm annunciates it | 31 suppress unsuppress        | NORMAL>UNACK UNACK>SUPPRESSED SUPPRESSED>UNACK
          a clear under suppression gives normal when lifted       | 31 ack suppress 29 unsuppress | NORMAL>UNACK UNACK>ACK ACK>SUPPRESSED SUPPRESSED>SUPPRESSED SUPPRESSED>NORMAL
          a returned alarm can be suppressed                       | 31 29 suppress                | NORMAL>UNACK UNACK>RTN_UNACK RTN_UNACK>SUPPRESSED
          suppressing every scan records it once                   | suppress suppress suppress    | NORMAL>SUPPRESSED
          suppression ends a shelf                                 | shelve suppress +31m unsuppress | NORMAL>SHELVED SHELVED>SUPPRESSED SUPPRESSED>NORMAL
          a suppressed alarm cannot be shelved                     | suppress shelve               | NORMAL>SUPPRESSED
          a suppressed alarm cannot be acknowledged                | 31 suppress ack               | NORMAL>UNACK UNACK>SUPPRESSED
          lifting a suppression that is not there does nothing     | 31 unsuppress                 | NORMAL>UNACK
          """)
  void suppressionHidesTheAlarmUntilLiftedThenRestoresTheImpliedState(
      String behaviour, String steps, String states) {
    assertEquals(states, script(steps).states(), behaviour);
  }

  @Test
  void anActivationRecordsPriorityValueAndAMessageInTheGreenhousesWords() {
    AlarmTransition raised = script("31.24").last();
    assertEquals("GH-01.air.high", raised.alarmId());
    assertEquals("GH-01.air", raised.source());
    assertEquals(AlarmPriority.HIGH, raised.priority());
    assertEquals(31.24, raised.value(), 1e-9);
    assertTrue(raised.active());
    assertTrue(raised.annunciation());
    assertEquals(Cause.CONDITION, raised.cause());
    assertEquals("GH-01 air temperature 31.2 °C above 30.0 °C", raised.message());
    assertEquals(Optional.empty(), raised.user());
  }

  @Test
  void aReturnSaysTheValueIsBackWithinTheLimit() {
    assertEquals(
        "GH-01 air temperature 29.4 °C, back below 30.0 °C", script("31 29.4").last().message());
  }

  @Test
  void acknowledgementRecordsUserAndComment() {
    AlarmTransition ack = script("31 ack").last();
    assertEquals(Cause.ACKNOWLEDGE, ack.cause());
    assertEquals(Optional.of("anna"), ack.user());
    assertEquals(Optional.of("seen"), ack.comment());
    assertEquals("acknowledged by anna", ack.message());
    assertTrue(ack.active());
  }

  @Test
  void shelvingRecordsUserReasonAndExpiryAndTheSnapshotShowsThem() {
    AlarmScript s = script("31 shelve");
    AlarmTransition shelve = s.last();
    Instant until = s.now.plus(AlarmScript.SHELF);
    assertEquals(Cause.SHELVE, shelve.cause());
    assertEquals(Optional.of("sensor replaced"), shelve.comment());
    assertEquals("shelved by anna until " + until, shelve.message());
    AlarmSnapshot snapshot = s.alarm.snapshot();
    assertEquals(AlarmState.SHELVED, snapshot.state());
    assertTrue(snapshot.active(), "the condition is still tracked under the shelf");
    assertEquals(Optional.of(until), snapshot.shelvedUntil());
    assertEquals(Optional.of(s.now), snapshot.since());
    assertEquals("GH-01 air temperature 31.0 °C above 30.0 °C", snapshot.message());
  }

  @Test
  void shelfExpiryIsRecordedWithItsCause() {
    AlarmScript s = script("31 shelve +31m");
    assertEquals(Cause.SHELF_EXPIRED, s.last().cause());
    assertEquals(Optional.empty(), s.alarm.snapshot().shelvedUntil());
  }

  @Test
  void shelvingIntoThePastIsRefused() {
    Alarm alarm = new Alarm(AlarmScript.airHigh().build());
    Instant now = AlarmScript.T0;
    assertThrows(IllegalArgumentException.class, () -> alarm.shelve(now, "anna", now, "no"));
  }

  @Test
  void everyRecordOfARunChainsFromTheStateBefore() {
    List<AlarmTransition> all =
        script("31 ack shelve 29 31 +31m ack 29 suppress 31 unsuppress ack 29").transitions;
    AlarmState state = AlarmState.NORMAL;
    for (AlarmTransition t : all) {
      assertEquals(state, t.from(), t.toString());
      state = t.to();
    }
    assertEquals(AlarmState.NORMAL, state);
    assertFalse(all.getLast().active());
  }
}
