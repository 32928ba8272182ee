package org.hortus.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.WeatherSite;
import org.junit.jupiter.api.Test;

class DemoWeatherTest {

  private static final WeatherSite BINHAI =
      new WeatherSite("Binhai", 34.0, 119.8, ZoneId.of("Asia/Shanghai"), 3);
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);

  private static DemoWeather weather() {
    return new DemoWeather(BINHAI, ClimateNormals.jiangsuCoast(), FIRST, 7);
  }

  @Test
  void keepsGoingYearAfterYearAndGivesTheSameWeatherForTheSameInstant() {
    Instant start = FIRST.atStartOfDay(BINHAI.zone()).toInstant();
    Instant later = start.plus(Duration.ofDays(800)).plusSeconds(12_345);
    DemoWeather first = weather();
    first.at(start.plusSeconds(60));
    assertEquals(weather().at(later), first.at(later));
  }

  @Test
  void beforeTheFirstDayThereIsNoWeather() {
    Instant before = FIRST.atStartOfDay(BINHAI.zone()).toInstant().minusSeconds(3600);
    assertThrows(IllegalArgumentException.class, () -> weather().at(before));
  }
}
