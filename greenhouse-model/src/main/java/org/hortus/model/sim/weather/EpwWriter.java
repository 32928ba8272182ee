package org.hortus.model.sim.weather;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Writes {@link HourlyWeather} as an EnergyPlus weather file (EPW): eight header lines, then one
 * 35-field line per hour mark, labelled in local standard time with EPW's hour-ending convention
 * (the mark at 00:00 is hour 24 of the day before). Fields Hortus does not model carry the EPW
 * missing-value codes. Values are rounded to the precision written (0.1 °C, 1 % RH, 1 W/m², 0.1
 * m/s, 1°, 0.1 mm) before the dew point and infrared radiation are derived from them, so that
 * writing what {@link EpwReader} read gives the same text.
 */
public final class EpwWriter {

  private static final String DATA_SOURCE_FLAGS =
      "?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9";

  /** Fields 1–35; %-fields are the modelled ones, the rest EPW's missing-value codes. */
  private static final String ROW =
      "%d,%d,%d,%d,0,%s,%.1f,%.1f,%.0f,%.0f,9999,9999,%.0f,%.0f,9999,9999,999999,999999,999999,"
          + "9999,%.0f,%.1f,%d,%d,9999,99999,9,999999999,999,.999,999,99,999,%.1f,1.0\n";

  private EpwWriter() {}

  public static void write(HourlyWeather weather, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(weather, out);
    }
  }

  public static String toText(HourlyWeather weather) {
    StringWriter out = new StringWriter();
    try {
      write(weather, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static void write(HourlyWeather weather, Writer out) throws IOException {
    WeatherSite site = weather.site();
    ZoneOffset offset = site.zone().getRules().getStandardOffset(weather.start());
    LocalDateTime first = label(weather, 0, offset);
    LocalDateTime last = label(weather, weather.hourCount() - 1, offset);
    out.write(
        String.format(
            Locale.ROOT,
            "LOCATION,%s,-,-,%s,999999,%.4f,%.4f,%.1f,%.1f\n",
            clean(site.name()),
            clean(weather.source()),
            site.latitudeDegrees(),
            site.longitudeDegrees(),
            offset.getTotalSeconds() / 3600.0,
            site.elevationMetres()));
    out.write("DESIGN CONDITIONS,0\n");
    out.write("TYPICAL/EXTREME PERIODS,0\n");
    out.write("GROUND TEMPERATURES,0\n");
    out.write("HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0\n");
    out.write("COMMENTS 1," + clean(weather.source()) + "\n");
    out.write("COMMENTS 2,Written by Hortus; fields not modelled carry EPW missing-value codes\n");
    out.write(
        String.format(
            Locale.ROOT,
            "DATA PERIODS,1,1,Data,%s,%2d/%2d,%2d/%2d\n",
            weekday(first),
            first.getMonthValue(),
            first.getDayOfMonth(),
            last.getMonthValue(),
            last.getDayOfMonth()));
    double pressure = 101_325 * StrictMath.pow(1 - 2.25577e-5 * site.elevationMetres(), 5.25588);
    for (int i = 0; i < weather.hourCount(); i++) {
      LocalDateTime day = label(weather, i, offset);
      int hour = day.getHour() + 1;
      OutsideConditions c = weather.hour(i);
      double temperature = round(c.temperatureCelsius(), 10);
      double humidity = round(c.relativeHumidityPercent(), 1);
      double dewPoint = round(SkyTemperature.dewPointCelsius(temperature, humidity), 10);
      double infrared = round(SkyTemperature.infrared(c.skyTemperatureCelsius()), 1);
      double cloud = weather.cloudCoverFraction(i);
      int tenths = Double.isNaN(cloud) ? 99 : (int) Math.round(cloud * 10);
      double direction = round(c.windDirectionDegrees(), 1) % 360;
      out.write(
          String.format(
              Locale.ROOT,
              ROW,
              day.getYear(),
              day.getMonthValue(),
              day.getDayOfMonth(),
              hour,
              DATA_SOURCE_FLAGS,
              temperature,
              dewPoint,
              humidity,
              pressure,
              infrared,
              round(c.globalRadiationWattsPerM2(), 1),
              direction,
              round(c.windSpeedMetresPerSecond(), 10),
              tenths,
              tenths,
              round(c.rainMillimetresPerHour(), 10)));
    }
  }

  /** Local standard date-time of the start of the hour that ends at mark {@code i}. */
  private static LocalDateTime label(HourlyWeather weather, int i, ZoneOffset offset) {
    return LocalDateTime.ofInstant(weather.time(i), offset).minusHours(1);
  }

  private static double round(double value, double perUnit) {
    return Math.round(value * perUnit) / perUnit + 0.0; // + 0.0 turns -0.0 into 0.0
  }

  private static String weekday(LocalDateTime t) {
    String name = t.getDayOfWeek().name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String clean(String text) {
    return text.replace(", ", " ").replace(',', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
