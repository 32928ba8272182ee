package org.hortus.model.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmDelayAndDeadbandTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the condition must hold for the whole on-delay          | 0:31 299:31 300:31                 | NORMAL>UNACK@300
          a dip below the band restarts the on-delay              | 0:31 200:29 300:31 599:31 600:31   | NORMAL>UNACK@600
          a BAD scan restarts the on-delay                        | 0:31 200:bad 300:31 599:31 600:31  | NORMAL>UNACK@600
          a dip inside the deadband does not restart the on-delay | 0:31 200:29.8 300:31               | NORMAL>UNACK@300
          a short excursion never annunciates                     | 0:31 120:29 240:31 360:29          | -
          """)
  void onDelayRaisesOnlyAConditionThatHeldContinuously(
      String behaviour, String steps, String states) {
    AlarmDefinition definition = AlarmScript.airHigh().onDelay(Duration.ofMinutes(5)).build();
    assertEquals(states, new AlarmScript(definition).run(steps).timedStates(), behaviour);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the condition must stay clear for the whole off-delay | 0:31 60:29 179:29 180:29                     | NORMAL>UNACK@0 UNACK>RTN_UNACK@180
          a relapse during the off-delay keeps it active        | 0:31 60:29 120:31 200:29 319:29 320:29       | NORMAL>UNACK@0 UNACK>RTN_UNACK@320
          a BAD value never returns an active alarm             | 0:31 60:bad 600:bad 900:bad                  | NORMAL>UNACK@0
          """)
  void offDelayReturnsOnlyAConditionThatStayedClear(String behaviour, String steps, String states) {
    AlarmDefinition definition = AlarmScript.airHigh().offDelay(Duration.ofMinutes(2)).build();
    assertEquals(states, new AlarmScript(definition).run(steps).timedStates(), behaviour);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a value wandering in the deadband does not toggle     | 0:30.2 100:29.8 200:30.2 300:29.6 400:30.1           | NORMAL>UNACK@0
          it returns only at limit minus deadband               | 0:30.2 100:29.8 200:29.6 300:29.5                    | NORMAL>UNACK@0 UNACK>RTN_UNACK@300
          at the limit itself it is not active                  | 0:30.0 100:29.9                                      | -
          after the return it needs the limit again             | 0:30.2 100:29.5 200:29.9 300:30.0 400:30.1           | NORMAL>UNACK@0 UNACK>RTN_UNACK@100 RTN_UNACK>UNACK@400
          """)
  void deadbandKeepsAHighLimitFromToggling(String behaviour, String steps, String states) {
    AlarmDefinition definition = AlarmScript.airHigh().build();
    assertEquals(states, new AlarmScript(definition).run(steps).timedStates(), behaviour);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          below the low limit annunciates                 | 0:3.9                          | NORMAL>UNACK@0
          it holds inside the deadband above the limit     | 0:3.9 100:4.3 200:3.8 300:4.4 | NORMAL>UNACK@0
          it returns at limit plus deadband                | 0:3.9 100:4.5                  | NORMAL>UNACK@0 UNACK>RTN_UNACK@100
          """)
  void deadbandKeepsALowLimitFromToggling(String behaviour, String steps, String states) {
    AlarmDefinition definition =
        AlarmDefinition.builder("GH-01.air.frost", "GH-01.air", "GH-01 air temperature")
            .unit("°C")
            .condition(new AlarmCondition.LowLimit(4, 0.5))
            .build();
    assertEquals(states, new AlarmScript(definition).run(steps).timedStates(), behaviour);
  }
}
