package org.hortus.model.sim.weather;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The EPW sample shipped in test resources: three January days at De Bilt, seed 42, written by
 * {@link EpwWriter}. Run {@link #main} from the module directory to write it again after a
 * deliberate change to the generator or writer.
 */
final class EpwSample {

  static final String RESOURCE = "/weather/de-bilt-2025-01-14-seed-42.epw";

  private EpwSample() {}

  /** Hours 01:00 of 14 January to 24:00 of 16 January, as in a standard EPW file. */
  static HourlyWeather weather() {
    HourlyWeather days =
        SyntheticWeather.generate(
                WeatherSite.deBilt(),
                ClimateNormals.netherlands(),
                LocalDate.of(2025, 1, 14),
                LocalDate.of(2025, 1, 16),
                42)
            .hourly();
    return days.slice(1, days.hourCount());
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of("src/test/resources" + RESOURCE);
    EpwWriter.write(weather(), file);
    System.out.println("wrote " + file.toAbsolutePath());
  }
}
