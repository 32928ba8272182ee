package org.hortus.model.sim.weather;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an EnergyPlus weather file (EPW): the LOCATION header line (site, time zone), six more
 * header lines, the DATA PERIODS line, then one line per hour. Fields used (1-based): year, month,
 * day, hour 1–4; dry bulb 7; dew point 8; relative humidity 9; horizontal infrared radiation 13
 * (gives the sky temperature); global horizontal radiation 14 (Wh/m² over the hour, taken as W/m²);
 * wind direction 21; wind speed 22; total sky cover 23; liquid precipitation depth 34 (mm over the
 * hour, taken as mm/h). Missing infrared radiation is computed from dew point and sky cover as
 * EnergyPlus does; missing precipitation counts as none; outside CO2 is not in EPW and is set to
 * 420 ppm.
 *
 * <p>Rows must follow each other hour by hour; the year is taken from the first row (a typical
 * meteorological year mixes years, and a leap year without 29 February is replaced by the next
 * common year). Any fault raises {@link EpwFormatException} naming file, line and field.
 */
public final class EpwReader {

  /** Outside CO2 given to every hour, ppm. */
  public static final double CO2_PPM = 420;

  private EpwReader() {}

  public static HourlyWeather read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads EPW text from {@code in}; {@code sourceName} names it in error messages.
   *
   * @throws EpwFormatException if the text is not a readable EPW file
   */
  public static HourlyWeather read(Reader in, String sourceName) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    EpwFields header = new EpwFields(sourceName, 1, lines.readLine());
    if (header.text() == null || !header.text().startsWith("LOCATION")) {
      throw header.fault("expected the LOCATION header line, found " + header.quoted());
    }
    header.requireFields(10);
    String name = header.string(2);
    String source = header.string(5);
    double latitude = header.number(7, "latitude", -90, 90);
    double longitude = header.number(8, "longitude", -180, 180);
    double zoneHours = header.number(9, "time zone", -12, 14);
    double elevation = header.number(10, "elevation", -500, 9000);
    for (int n = 2; n <= 8; n++) {
      EpwFields line = new EpwFields(sourceName, n, lines.readLine());
      if (line.text() == null) {
        throw line.fault("file ends inside the 8 header lines");
      }
      if (n == 8 && !line.text().startsWith("DATA PERIODS")) {
        throw line.fault("expected the DATA PERIODS header line, found " + line.quoted());
      }
    }
    ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) Math.round(zoneHours * 3600));
    WeatherSite site =
        new WeatherSite(name.isBlank() ? sourceName : name, latitude, longitude, offset, elevation);

    List<EpwRow> rows = new ArrayList<>();
    String text;
    int number = 8;
    while ((text = lines.readLine()) != null) {
      number++;
      if (text.isBlank()) {
        continue;
      }
      rows.add(EpwRow.parse(new EpwFields(sourceName, number, text)));
    }
    if (rows.isEmpty()) {
      throw new EpwFormatException(sourceName, number, "no data lines after the header");
    }
    LocalDateTime first = firstLabel(rows, sourceName);
    HourlyWeather.Builder out =
        HourlyWeather.builder(site, source, first.plusHours(1).toInstant(offset));
    for (int i = 0; i < rows.size(); i++) {
      EpwRow row = rows.get(i);
      LocalDateTime expected = first.plusHours(i);
      if (expected.getMonthValue() != row.month()
          || expected.getDayOfMonth() != row.day()
          || expected.getHour() + 1 != row.hour()) {
        throw new EpwFormatException(
            sourceName,
            row.line(),
            String.format(
                "fields 2-4: expected %d/%d hour %d (one hour after the line before), found %d/%d"
                    + " hour %d",
                expected.getMonthValue(),
                expected.getDayOfMonth(),
                expected.getHour() + 1,
                row.month(),
                row.day(),
                row.hour()));
      }
      try {
        out.add(row.conditions(), row.cloudCoverFraction());
      } catch (IllegalArgumentException e) {
        throw new EpwFormatException(sourceName, row.line(), e.getMessage());
      }
    }
    return out.build();
  }

  /** Start of the first row's hour, in a year whose leap day matches the file's. */
  private static LocalDateTime firstLabel(List<EpwRow> rows, String sourceName) {
    EpwRow first = rows.get(0);
    boolean hasLeapDay = false;
    boolean crossesFebruary = false;
    for (EpwRow r : rows) {
      hasLeapDay |= r.month() == 2 && r.day() == 29;
      crossesFebruary |= r.month() == 2 && r.day() == 28 && r.hour() == 24;
    }
    int year = first.year();
    if (crossesFebruary && Year.isLeap(year) != hasLeapDay) {
      int k = 1;
      while (Year.isLeap(year + k) != hasLeapDay) {
        k++;
      }
      year += k;
    }
    if (first.day() > Year.of(year).atMonth(first.month()).lengthOfMonth()) {
      throw new EpwFormatException(
          sourceName, first.line(), "fields 2-3: no such day " + first.month() + "/" + first.day());
    }
    return LocalDateTime.of(year, first.month(), first.day(), first.hour() - 1, 0);
  }
}
