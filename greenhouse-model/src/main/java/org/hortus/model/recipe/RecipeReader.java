package org.hortus.model.recipe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.model.file.Decoder;
import org.hortus.model.file.FieldReader;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;

/**
 * Reads a climate recipe file (JSON), strictly: every unknown field, wrong type, out-of-range
 * value and broken rule is reported with file, line, column and JSON path, and a file with any
 * problem yields no recipe at all. The format is described in {@code docs/recipes.md}.
 */
public final class RecipeReader {

  static final double MIN_TEMPERATURE_CELSIUS = -10;
  static final double MAX_TEMPERATURE_CELSIUS = 50;
  static final double MIN_CO2_PPM = 300;
  static final double MAX_CO2_PPM = 3000;
  static final double MAX_RADIATION_WATTS_PER_M2 = 1500;

  private RecipeReader() {}

  public static ClimateRecipe read(Path file) throws InvalidFileException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidFileException(
          List.of(new Problem(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage())));
    }
    return read(file.toString(), text);
  }

  /** Reads a recipe from JSON text; {@code fileName} is used in messages only. */
  public static ClimateRecipe read(String fileName, String text) throws InvalidFileException {
    Decoder decoder = new Decoder(fileName);
    FieldReader root = Decoder.root(decoder, text);
    String id = root.text("id");
    int version = root.integer("version", 1, Integer.MAX_VALUE, "");
    String crop = root.text("crop");
    String source = root.text("source");
    List<FieldReader> stageReaders = root.objects("stages", 1);
    root.done();
    List<GrowthStage> stages = new ArrayList<>();
    for (FieldReader stage : stageReaders) {
      stages.add(stage(stage));
    }
    RecipeRules.checkStageOrder(stageReaders, stages);
    decoder.throwIfAny();
    return new ClimateRecipe(id, version, crop, source, stages);
  }

  private static GrowthStage stage(FieldReader in) {
    String name = in.text("name");
    int fromDay = in.integer("fromDay", 0, 3650, "days");
    Optional<Integer> untilDay =
        in.has("untilDay") ? Optional.of(in.integer("untilDay", 1, 3651, "days")) : skip(in, "untilDay");
    IrrigationStrategy irrigation = irrigation(in.object("irrigation"));
    List<FieldReader> periodReaders = in.objects("periods", 1);
    in.done();
    List<RecipePeriod> periods = new ArrayList<>();
    for (FieldReader period : periodReaders) {
      periods.add(period(period));
    }
    RecipeRules.checkPeriods(periodReaders, periods);
    return new GrowthStage(name, fromDay, untilDay, irrigation, periods);
  }

  private static <T> Optional<T> skip(FieldReader in, String name) {
    in.optionalText(name); // marks the optional field as known
    return Optional.empty();
  }

  private static RecipePeriod period(FieldReader in) {
    String name = in.text("name");
    PeriodStart start =
        in.parsed("start", PeriodStart::parse, PeriodStart.FORMAT)
            .orElse(new PeriodStart.ClockTime(java.time.LocalTime.MIDNIGHT));
    int ramp = in.integer("rampMinutes", 0, 24 * 60, "min");
    double heating =
        in.number("heatingTemperature", MIN_TEMPERATURE_CELSIUS, MAX_TEMPERATURE_CELSIUS, "°C");
    double ventilation =
        in.number("ventilationTemperature", MIN_TEMPERATURE_CELSIUS, MAX_TEMPERATURE_CELSIUS, "°C");
    if (ventilation < heating) {
      in.problem(
          "ventilationTemperature",
          "ventilation temperature " + ventilation + " °C must not be below heating temperature "
              + heating + " °C");
    }
    HumidityLimit humidity = humidity(in.object("humidity"));
    Co2Setpoint co2 = co2(in.object("co2"));
    ScreenRules screens = screens(in.object("screens"));
    Optional<SupplementalLight> light = in.optionalObject("light").map(RecipeReader::light);
    in.done();
    return new RecipePeriod(
        name, start, ramp, new ClimateSetpoints(heating, ventilation, humidity, co2, screens, light));
  }

  private static HumidityLimit humidity(FieldReader in) {
    int forms = (in.has("rhMax") ? 1 : 0) + (in.has("humidityDeficitMin") ? 1 : 0)
        + (in.has("vpdMin") || in.has("vpdMax") ? 1 : 0);
    HumidityLimit limit;
    if (forms != 1) {
      in.problem("", "give exactly one of rhMax (%), humidityDeficitMin (g/m³) or vpdMin+vpdMax (kPa)");
      limit = new HumidityLimit.MaxRelativeHumidity(Double.NaN);
      in.optionalNumber("rhMax", 0, 100, "%");
      in.optionalNumber("humidityDeficitMin", 0, 20, "g/m³");
      in.optionalNumber("vpdMin", 0, 5, "kPa");
      in.optionalNumber("vpdMax", 0, 5, "kPa");
    } else if (in.has("rhMax")) {
      limit = new HumidityLimit.MaxRelativeHumidity(in.number("rhMax", 0, 100, "%"));
    } else if (in.has("humidityDeficitMin")) {
      limit = new HumidityLimit.MinHumidityDeficit(in.number("humidityDeficitMin", 0, 20, "g/m³"));
    } else {
      double min = in.number("vpdMin", 0, 5, "kPa");
      double max = in.number("vpdMax", 0, 5, "kPa");
      if (max < min) {
        in.problem("vpdMax", "VPD band maximum " + max + " kPa must not be below its minimum " + min + " kPa");
      }
      limit = new HumidityLimit.VpdBand(min, max);
    }
    in.done();
    return limit;
  }

  private static Co2Setpoint co2(FieldReader in) {
    double target = in.number("target", MIN_CO2_PPM, MAX_CO2_PPM, "ppm");
    double reduced = in.number("reducedTarget", MIN_CO2_PPM, MAX_CO2_PPM, "ppm");
    double above = in.number("reduceAboveVentOpening", 0, 100, "%");
    if (reduced > target) {
      in.problem("reducedTarget", "reduced target " + reduced + " ppm must not be above the target " + target + " ppm");
    }
    in.done();
    return new Co2Setpoint(target, reduced, above);
  }

  private static ScreenRules screens(FieldReader in) {
    double belowOutside =
        in.number("energyScreenBelowOutsideTemperature", MIN_TEMPERATURE_CELSIUS - 20, MAX_TEMPERATURE_CELSIUS, "°C");
    double belowRadiation =
        in.number("energyScreenBelowRadiation", 0, MAX_RADIATION_WATTS_PER_M2, "W/m²");
    Optional<Double> shade =
        in.optionalNumber("shadeScreenAboveRadiation", 0, MAX_RADIATION_WATTS_PER_M2, "W/m²");
    double gap = in.number("humidityGap", 0, 100, "%");
    in.done();
    return new ScreenRules(belowOutside, belowRadiation, shade, gap);
  }

  private static SupplementalLight light(FieldReader in) {
    double below = in.number("onBelowRadiation", 0, MAX_RADIATION_WATTS_PER_M2, "W/m²");
    double integral = in.number("dailyLightIntegral", 0, 60, "mol/m²/d");
    in.done();
    return new SupplementalLight(below, integral);
  }

  private static IrrigationStrategy irrigation(FieldReader in) {
    int start = in.integer("startAfterSunrise", 0, 720, "min");
    double sum = in.number("radiationSumPerShot", 1, 3000, "J/cm²");
    int minInterval = in.integer("minIntervalMinutes", 1, 720, "min");
    int maxInterval = in.integer("maxIntervalMinutes", 1, 1440, "min");
    double shot = in.number("shotVolume", 10, 3000, "mL/m²");
    int stop = in.integer("stopBeforeSunset", 0, 720, "min");
    double maxDaily = in.number("maxDailyVolume", 0, 30, "L/m²");
    if (maxInterval < minInterval) {
      in.problem(
          "maxIntervalMinutes",
          "maximum interval " + maxInterval + " min must not be below the minimum " + minInterval + " min");
    }
    in.done();
    return new IrrigationStrategy(start, sum, minInterval, maxInterval, shot, stop, maxDaily);
  }
}
