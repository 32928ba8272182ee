package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.hortus.model.Site;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.HumidityLimit;
import org.hortus.model.recipe.RecipeReader;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.sun.SolarCalculator;
import org.hortus.model.sun.SunDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hortus recipe show FILE --date D}: the day's setpoint curve as a table, every half hour
 * and at every period start, for an agronomist to check a recipe before it goes live.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Print a day of a recipe's setpoints (every 30 min and at each period start).")
public final class RecipeShowCommand implements Callable<Integer> {

  /** The demo park's site: Binhai, Jiangsu. */
  static final Site DEFAULT_SITE = new Site(34.0, 119.8, 3, ZoneId.of("Asia/Shanghai"));

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  @Parameters(paramLabel = "FILE", description = "Recipe file (JSON).")
  Path file;

  @Option(names = "--date", required = true, description = "Local date to show, e.g. 2026-06-21.")
  LocalDate date;

  @Option(
      names = "--site",
      converter = SiteConverter.class,
      description = "lat,lon,zone, e.g. 52.0,4.2,Europe/Amsterdam (default: Binhai 34.0,119.8,Asia/Shanghai).")
  Site site = DEFAULT_SITE;

  @Option(
      names = "--crop-day",
      description = "Crop age in days after planting, which picks the stage (default: 0).")
  int cropDay;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ClimateRecipe recipe;
    try {
      recipe = RecipeReader.read(file);
    } catch (InvalidFileException e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
    SolarCalculator sun = new SolarCalculator();
    SetpointResolver resolver = new SetpointResolver(sun);
    LocalDate planted = date.minusDays(cropDay);
    out.printf(
        "%s v%d (%s), %s, crop day %d, site %.2f, %.2f %s%n",
        recipe.id(), recipe.version(), recipe.crop(), date, cropDay,
        site.latitudeDegrees(), site.longitudeDegrees(), site.zone());
    out.println(sunLine(sun.day(site, date)));
    out.println(irrigationLine(resolver.resolve(site, recipe, planted, date.atTime(12, 0).atZone(site.zone()).toInstant())));

    TreeSet<Instant> rows = new TreeSet<>();
    ZonedDateTime midnight = date.atStartOfDay(site.zone());
    ZonedDateTime end = date.plusDays(1).atStartOfDay(site.zone());
    for (ZonedDateTime t = midnight; t.isBefore(end); t = t.plusMinutes(30)) {
      rows.add(t.toInstant());
    }
    // Add each period start of the day: found where the resolved period changes.
    String previousPeriod = null;
    for (ZonedDateTime t = midnight; t.isBefore(end); t = t.plusMinutes(1)) {
      String period = resolver.resolve(site, recipe, planted, t.toInstant()).periodName();
      if (!period.equals(previousPeriod) && previousPeriod != null) {
        rows.add(t.toInstant());
      }
      previousPeriod = period;
    }

    out.printf(
        "%-5s  %-12s %-12s %8s %8s  %-16s %10s  %-10s  %s%n",
        "time", "stage", "period", "heat °C", "vent °C", "humidity", "CO2 ppm", "lamps<W/m²", "irrigation");
    for (Instant row : rows) {
      ResolvedSetpoints s = resolver.resolve(site, recipe, planted, row);
      ZonedDateTime local = row.atZone(site.zone());
      out.printf(
          Locale.ROOT,
          "%-5s  %-12s %-12s %8.1f %8.1f  %-16s %4.0f/%-5.0f  %-10s  %s%n",
          local.format(CLOCK), s.stageName(), s.periodName(),
          s.heatingTemperatureCelsius(), s.ventilationTemperatureCelsius(),
          humidity(s.humidity()), s.co2().targetPpm(), s.co2().reducedTargetPpm(),
          s.light().map(l -> String.valueOf(Math.round(l.onBelowRadiationWattsPerM2()))).orElse("-"),
          irrigation(s, row));
    }
    out.flush();
    return 0;
  }

  private String sunLine(SunDay day) {
    return switch (day) {
      case SunDay.Normal n ->
          "sunrise " + n.sunrise().format(CLOCK) + ", sunset " + n.sunset().format(CLOCK);
      case SunDay.PolarDay p -> "polar day (no sunset), solar noon " + p.solarNoon().format(CLOCK);
      case SunDay.PolarNight p -> "polar night (no sunrise), solar noon " + p.solarNoon().format(CLOCK);
    };
  }

  private static String humidity(HumidityLimit limit) {
    return switch (limit) {
      case HumidityLimit.MaxRelativeHumidity rh -> String.format(Locale.ROOT, "RH ≤ %.0f %%", rh.percent());
      case HumidityLimit.MinHumidityDeficit hd -> String.format(Locale.ROOT, "HD ≥ %.1f g/m³", hd.gramsPerM3());
      case HumidityLimit.VpdBand vpd ->
          String.format(Locale.ROOT, "VPD %.2f–%.2f kPa", vpd.minKilopascal(), vpd.maxKilopascal());
    };
  }

  private static String irrigation(ResolvedSetpoints s, Instant at) {
    return s.irrigationWindow()
        .filter(w -> !at.isBefore(w.from().toInstant()) && at.isBefore(w.until().toInstant()))
        .map(w -> "window open")
        .orElse("-");
  }

  private static String irrigationLine(ResolvedSetpoints s) {
    var strategy = s.irrigation();
    String window =
        s.irrigationWindow()
            .map(w -> "irrigation window " + w.from().format(CLOCK) + "–" + w.until().format(CLOCK))
            .orElse("no irrigation window (day too short)");
    return String.format(
        Locale.ROOT,
        "%s; a shot of %.0f mL/m² per %.0f J/cm², %d–%d min apart, at most %.1f L/m² a day",
        window, strategy.shotVolumeMillilitresPerM2(), strategy.radiationSumJoulesPerCm2(),
        strategy.minIntervalMinutes(), strategy.maxIntervalMinutes(), strategy.maxDailyVolumeLitresPerM2());
  }

  /** Parses {@code lat,lon,zone}. */
  static final class SiteConverter implements ITypeConverter<Site> {
    @Override
    public Site convert(String value) {
      String[] parts = value.split(",");
      if (parts.length != 3) {
        throw new IllegalArgumentException("site must be lat,lon,zone, e.g. 52.0,4.2,Europe/Amsterdam; was " + value);
      }
      return new Site(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()), 0, ZoneId.of(parts[2].trim()));
    }
  }
}
