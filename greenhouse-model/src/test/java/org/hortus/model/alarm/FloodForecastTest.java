package org.hortus.model.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.model.alarm.AlarmCondition.Flood;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloodForecastTest {

  private static final Instant NOW = AlarmScript.T0;

  /** Limit 1200 mm, warning above 950 mm, rising above 50 mm/h, rain from 5 mm/h. */
  private static final Flood FLOOD = Flood.of(1200, 950, 50, 5);

  /** Samples every 5 min over the last 30 min on a straight line ending at {@code levelMm}. */
  static List<LevelSample> line(Instant now, double levelMm, double mmPerHour) {
    List<LevelSample> samples = new ArrayList<>();
    for (int minutesAgo = 30; minutesAgo >= 0; minutesAgo -= 5) {
      Instant at = now.minus(Duration.ofMinutes(minutesAgo));
      samples.add(new LevelSample(at, levelMm - mmPerHour * minutesAgo / 60.0));
    }
    return samples;
  }

  private static FloodOutlook assess(double levelMm, double mmPerHour, double rainMmPerHour) {
    return FloodForecast.assess(NOW, line(NOW, levelMm, mmPerHour), rainMmPerHour, FLOOD)
        .orElseThrow();
  }

  @Test
  void aRisingLevelInRainWarnsWithTheTimeToTheLimit() {
    FloodOutlook outlook = assess(820, 95, 12);
    assertEquals(95, outlook.slopeMmPerHour(), 1e-6);
    assertEquals(Optional.of(Duration.ofHours(4)), outlook.timeToLimit());
    assertTrue(outlook.raises());
    assertEquals(
        "drain level 820 mm rising 95 mm/h with rain 12.0 mm/h; reaches the 1200 mm limit in about"
            + " 4 h",
        outlook.message());
  }

  @ParameterizedTest(name = "level {0} mm, {1} mm/h, rain {2} mm/h → warns {3}")
  @CsvSource(
      textBlock =
          """
          820,  95, 12,  true
          820,  95,  0,  false
          820,  95,  4.9, false
          820,  45, 12,  false
          820,  10, 12,  false
          960,   0,  0,  true
          950,   0,  0,  false
          600, -40, 30,  false
          """)
  void itWarnsWhenRisingInRainOrAboveTheWarningLevel(
      double level, double mmPerHour, double rain, boolean warns) {
    assertEquals(warns, assess(level, mmPerHour, rain).raises());
  }

  @ParameterizedTest(name = "level {0} mm at {1} mm/h → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1180 | 60   | drain level 1180 mm rising 60 mm/h with rain 8.0 mm/h; above the 950 mm warning level; reaches the 1200 mm limit in about 20 min
          1000 | 120  | drain level 1000 mm rising 120 mm/h with rain 8.0 mm/h; above the 950 mm warning level; reaches the 1200 mm limit in about 2 h
          1210 | 60   | drain level 1210 mm rising 60 mm/h with rain 8.0 mm/h; at or above the 1200 mm limit
          700  | 0    | drain level 700 mm steady with rain 8.0 mm/h
          700  | -30  | drain level 700 mm falling 30 mm/h with rain 8.0 mm/h
          """)
  void theMessageSaysLevelTrendRainAndWhenTheLimitIsReached(
      double level, double mmPerHour, String message) {
    assertEquals(message, assess(level, mmPerHour, 8).message());
  }

  @Test
  void leastSquaresRidesOutOneNoisyReading() {
    List<LevelSample> samples = new ArrayList<>(line(NOW, 820, 95));
    samples.set(3, new LevelSample(samples.get(3).at(), samples.get(3).levelMm() + 40));
    FloodOutlook outlook = FloodForecast.assess(NOW, samples, 12, FLOOD).orElseThrow();
    assertEquals(95, outlook.slopeMmPerHour(), 1e-6, "a spike in the middle leaves the slope");
  }

  @Test
  void samplesOutsideTheWindowAreIgnoredAndNoneLeavesNoOutlook() {
    List<LevelSample> old = line(NOW.minus(Duration.ofHours(2)), 820, 95);
    assertEquals(Optional.empty(), FloodForecast.assess(NOW, old, 12, FLOOD));
    FloodOutlook one =
        FloodForecast.assess(NOW, List.of(new LevelSample(NOW, 960)), 0, FLOOD).orElseThrow();
    assertTrue(Double.isNaN(one.slopeMmPerHour()));
    assertFalse(one.rising());
    assertTrue(one.raises(), "above the warning level even without a trend");
  }

  private static AlarmDefinition drainFlood() {
    return AlarmDefinition.builder("PARK.flood", "PARK.drain.level", "Drainage")
        .unit("mm")
        .priority(AlarmPriority.HIGH)
        .condition(FLOOD)
        .build();
  }

  @Test
  void theFloodAlarmRaisesWithTheForecastInItsMessageAndClearsBelowTheDeadband() {
    Alarm alarm = new Alarm(drainFlood());
    AlarmTransition raised =
        alarm.evaluate(NOW, AlarmInput.flood(line(NOW, 820, 95), 12)).getFirst();
    assertEquals(AlarmState.UNACKNOWLEDGED, raised.to());
    assertEquals(
        "Drainage drain level 820 mm rising 95 mm/h with rain 12.0 mm/h;"
            + " reaches the 1200 mm limit in about 4 h",
        raised.message());
    assertEquals(820, raised.value(), 1e-9);

    Instant later = NOW.plus(Duration.ofHours(1));
    assertEquals(AlarmState.UNACKNOWLEDGED, alarm.state());
    assertEquals(
        List.of(),
        alarm.evaluate(later, AlarmInput.flood(line(later, 940, 0), 0)),
        "940 mm: within the 20 mm deadband of 950 mm");
    Instant clear = later.plus(Duration.ofMinutes(30));
    AlarmTransition back =
        alarm.evaluate(clear, AlarmInput.flood(line(clear, 930, 0), 0)).getFirst();
    assertEquals(AlarmState.RETURNED_UNACKNOWLEDGED, back.to());
    assertEquals("Drainage drain level 930 mm steady without rain", back.message());
  }

  @Test
  void theFloodAlarmHoldsWhenTheLevelSensorIsBad() {
    Alarm alarm = new Alarm(drainFlood());
    alarm.evaluate(NOW, AlarmInput.flood(line(NOW, 820, 95), 12));
    assertEquals(List.of(), alarm.evaluate(NOW.plusSeconds(60), AlarmInput.bad()));
    assertEquals(List.of(), alarm.evaluate(NOW.plusSeconds(60), AlarmInput.flood(List.of(), 12)));
    assertEquals(AlarmState.UNACKNOWLEDGED, alarm.state());
  }
}
