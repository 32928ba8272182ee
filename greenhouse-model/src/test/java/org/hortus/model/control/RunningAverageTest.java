package org.hortus.model.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunningAverageTest {

  private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void aSingleGustHardlyMovesTheFiveSecondMean() {
    RunningAverage wind = new RunningAverage(Duration.ofSeconds(5));
    for (int s = 0; s <= 10; s++) {
      wind.add(T0.plusSeconds(s), s == 10 ? 30 : 6);
    }
    assertEquals((4 * 6 + 30) / 5.0, wind.mean(), 1e-9, "one second of gust in five");
    wind.add(T0.plusSeconds(11), 6);
    assertEquals((4 * 6 + 30) / 5.0, wind.mean(), 1e-9);
    wind.add(T0.plusSeconds(16), 6);
    assertEquals(6, wind.mean(), 1e-9, "the gust has left the window");
  }

  @Test
  void sustainedWindIsTheMean() {
    RunningAverage wind = new RunningAverage(Duration.ofSeconds(5));
    for (int s = 0; s <= 20; s++) {
      wind.add(T0.plusSeconds(s), 14);
    }
    assertEquals(14, wind.mean(), 1e-9);
  }
}
