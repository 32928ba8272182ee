package org.hortus.model.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.hortus.model.alarm.AlarmTransition.Cause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatteringTest {

  private static final String THREE_IN_40_S = "0:31 10:29 20:31 30:29 40:31";

  private static AlarmScript chattering(String steps) {
    return new AlarmScript(AlarmScript.airHigh().build()).run(steps);
  }

  @Test
  void aThirdActivationWithinAMinuteSuppressesTheAlarmAsChattering() {
    AlarmScript s = chattering(THREE_IN_40_S);
    assertEquals(
        "NORMAL>UNACK@0 UNACK>RTN_UNACK@10 RTN_UNACK>UNACK@20 UNACK>RTN_UNACK@30"
            + " RTN_UNACK>SUPPRESSED@40",
        s.timedStates());
    AlarmTransition suppressed = s.last();
    assertEquals(Cause.CHATTERING, suppressed.cause());
    assertTrue(suppressed.chattering());
    assertTrue(suppressed.active());
    assertEquals(
        "GH-01 air temperature 31.0 °C above 30.0 °C;"
            + " suppressed: chattering (3 activations within 1 min)",
        suppressed.message());
    assertTrue(s.alarm.snapshot().chattering());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          three activations a full minute apart are not chattering | 0:31 20:29 40:31 50:29 60:31 | RTN_UNACK>UNACK@60
          two activations within a minute are not chattering       | 0:31 10:29 20:31             | RTN_UNACK>UNACK@20
          a quiet alarm is released to normal after the quiet time | 0:31 10:29 20:31 30:29 40:31 50:29 639:29 640:29 | SUPPRESSED>NORMAL@640
          an alarm that settled active is released annunciated     | 0:31 10:29 20:31 30:29 40:31 639:31 640:31 | SUPPRESSED>UNACK@640
          a new activation restarts the quiet time                 | 0:31 10:29 20:31 30:29 40:31 50:29 300:31 310:29 640:29 899:29 900:29 | SUPPRESSED>NORMAL@900
          time alone releases it without a new input               | 0:31 10:29 20:31 30:29 40:31 50:29 +11m | SUPPRESSED>NORMAL@710
          """)
  void chatteringIsDetectedWithinAMinuteAndReleasedAfterTheQuietTime(
      String behaviour, String steps, String lastState) {
    String states = chattering(steps).timedStates();
    assertEquals(
        lastState, states.substring(states.lastIndexOf(' ') + 1), behaviour + ": " + states);
  }

  @Test
  void changesWhileSuppressedForChatteringAreRecordedWithoutAnnunciation() {
    AlarmScript s = chattering(THREE_IN_40_S + " 50:29 60:31 70:29");
    assertEquals(
        "SUPPRESSED>SUPPRESSED@50 SUPPRESSED>SUPPRESSED@60 SUPPRESSED>SUPPRESSED@70",
        s.timedStates().substring(s.timedStates().indexOf("SUPPRESSED>SUPPRESSED")));
    assertTrue(
        s.transitions.stream()
            .filter(t -> t.to() == AlarmState.SUPPRESSED)
            .allMatch(AlarmTransition::chattering));
  }

  @Test
  void releaseSaysTheChatteringEndedAndClearsTheFlag() {
    AlarmScript s = chattering(THREE_IN_40_S + " 50:29 640:29");
    assertEquals(Cause.CHATTER_RELEASED, s.last().cause());
    assertEquals("chattering ended: quiet for 10 min", s.last().message());
    assertFalse(s.last().chattering());
    assertFalse(s.alarm.snapshot().chattering());
  }

  @Test
  void theQuietTimeIsConfigurablePerDefinition() {
    ChatterPolicy twoMinutes =
        new ChatterPolicy(3, Duration.ofSeconds(60), true, Duration.ofMinutes(2));
    AlarmScript s = new AlarmScript(AlarmScript.airHigh().chatter(twoMinutes).build());
    s.run(THREE_IN_40_S + " 50:29 159:29 160:29");
    assertEquals(
        "SUPPRESSED>NORMAL@160", s.timedStates().substring(s.timedStates().lastIndexOf(' ') + 1));
  }

  @Test
  void withSuppressionOffAChatteringAlarmKeepsAnnunciatingFlagged() {
    AlarmDefinition flagOnly =
        AlarmScript.airHigh().chatter(ChatterPolicy.DEFAULT.flagOnly()).build();
    AlarmScript s = new AlarmScript(flagOnly).run(THREE_IN_40_S);
    AlarmTransition third = s.last();
    assertEquals(AlarmState.UNACKNOWLEDGED, third.to());
    assertTrue(third.chattering());
    assertTrue(third.message().endsWith("(chattering)"), third.message());
  }

  @Test
  void anOperatorSuppressionTakesOverFromChatteringAndIsLiftedByTheOperatorOnly() {
    AlarmScript s = chattering(THREE_IN_40_S + " 50:29 60:suppress 700:29 710:unsuppress");
    assertEquals(
        "SUPPRESSED>SUPPRESSED@50 SUPPRESSED>SUPPRESSED@60 SUPPRESSED>NORMAL@710",
        s.timedStates().substring(s.timedStates().indexOf("SUPPRESSED>SUPPRESSED")));
    assertEquals(Cause.SUPPRESS, s.transitions.get(s.transitions.size() - 2).cause());
  }
}
