package org.hortus.model.park;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hortus.model.Site;
import org.hortus.model.file.Decoder;
import org.hortus.model.file.FieldReader;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;

/**
 * Reads a park file (JSON) strictly, like {@link org.hortus.model.recipe.RecipeReader}: all
 * problems at once with their places, and no park unless the whole file is valid. Cross
 * references (zone → water supply, crop → recipe) and unique ids are checked too.
 */
public final class ParkReader {

  private ParkReader() {}

  /** Reads a park; {@code knownRecipeIds} are the recipes its crops may name. */
  public static Park read(Path file, Set<String> knownRecipeIds) throws InvalidFileException {
    try {
      return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), knownRecipeIds);
    } catch (IOException e) {
      throw new InvalidFileException(
          List.of(new Problem(file.toString(), 0, 0, "", "cannot be read: " + e.getMessage())));
    }
  }

  public static Park read(String fileName, String text, Set<String> knownRecipeIds)
      throws InvalidFileException {
    return read(fileName, text, knownRecipeIds, (root, park) -> null).park();
  }

  /**
   * Sections of a park file that another layer reads (the device and point map, which the model
   * must not know), decoded with the same decoder so all problems come out together.
   */
  @FunctionalInterface
  public interface Extension<T> {
    /** Reads its fields from the root; the park is complete apart from any problems found. */
    T decode(FieldReader root, Park park);
  }

  /** A park with what an {@link Extension} read from the same file. */
  public record WithExtension<T>(Park park, T extension) {}

  /** Reads a park and an extension's sections; any problem in either refuses both. */
  public static <T> WithExtension<T> read(
      String fileName, String text, Set<String> knownRecipeIds, Extension<T> extension)
      throws InvalidFileException {
    Decoder decoder = new Decoder(fileName);
    FieldReader root = Decoder.root(decoder, text);
    String name = root.text("name");
    Site site = site(root.object("site"));
    List<FieldReader> supplyReaders = root.objects("waterSupplies", 0);
    List<FieldReader> houseReaders = root.objects("greenhouses", 1);

    Map<String, FieldReader> ids = new HashMap<>();
    List<WaterSupply> supplies = new ArrayList<>();
    for (FieldReader in : supplyReaders) {
      WaterSupply supply =
          new WaterSupply(in.text("id"), in.text("name"), in.number("pumpCapacity", 1, 1e6, "L/h"));
      in.done();
      unique(ids, supply.id(), in);
      supplies.add(supply);
    }
    Set<String> supplyIds = Set.copyOf(supplies.stream().map(WaterSupply::id).toList());
    List<Greenhouse> greenhouses = new ArrayList<>();
    for (FieldReader in : houseReaders) {
      greenhouses.add(greenhouse(in, ids, supplyIds, knownRecipeIds));
    }
    Park park = new Park(name, site, supplies, greenhouses);
    T extra = extension.decode(root, park);
    root.done();
    decoder.throwIfAny();
    return new WithExtension<>(park, extra);
  }

  private static Site site(FieldReader in) {
    double latitude = in.number("latitude", -90, 90, "°");
    double longitude = in.number("longitude", -180, 180, "°");
    double elevation = in.number("elevation", -500, 9000, "m");
    ZoneId zone =
        in.parsed("timeZone", ZoneId::of, "a time zone such as \"Asia/Shanghai\"").orElse(ZoneId.of("UTC"));
    in.done();
    try {
      return new Site(latitude, longitude, elevation, zone);
    } catch (IllegalArgumentException alreadyReported) {
      return new Site(0, 0, 0, zone); // a placeholder: the range problem refuses the file
    }
  }

  private static Greenhouse greenhouse(
      FieldReader in, Map<String, FieldReader> ids, Set<String> supplyIds, Set<String> recipeIds) {
    String id = in.text("id");
    unique(ids, id, in);
    String name = in.text("name");
    Construction construction = enumValue(in, "construction", Construction.class, Construction.VENLO_GLASS);
    double floor = in.number("floorArea", 1, 1e6, "m²");
    double cover = in.number("coverArea", 1, 2e6, "m²");
    if (cover < floor) {
      in.problem("coverArea", "cover area " + cover + " m² must not be smaller than the floor area " + floor + " m²");
    }
    double gutter = in.number("gutterHeight", 1.5, 12, "m");
    double uValue = in.number("coverUValue", 0.5, 12, "W/m²K");
    FieldReader ventIn = in.object("ventAreas");
    VentAreas vents = new VentAreas(ventIn.number("leeSide", 0, 1e6, "m²"), ventIn.number("windwardSide", 0, 1e6, "m²"));
    ventIn.done();
    FieldReader pipeIn = in.object("heatingPipes");
    HeatingPipes pipes =
        new HeatingPipes(
            pipeIn.number("lengthPerM2", 0, 10, "m/m²"),
            pipeIn.number("diameter", 10, 200, "mm"),
            pipeIn.number("maxSupplyTemperature", 30, 130, "°C"));
    pipeIn.done();
    List<Screen> screens = new ArrayList<>();
    for (FieldReader screenIn : in.objects("screens", 0)) {
      screens.add(
          new Screen(
              enumValue(screenIn, "kind", ScreenKind.class, ScreenKind.ENERGY),
              screenIn.number("energySaving", 0, 100, "%"),
              screenIn.number("lightTransmission", 0, 100, "%")));
      screenIn.done();
    }
    FieldReader co2In = in.object("co2Supply");
    Co2Supply co2 =
        new Co2Supply(
            enumValue(co2In, "source", Co2Supply.Source.class, Co2Supply.Source.NONE),
            co2In.number("capacity", 0, 1e4, "kg/h"),
            co2In.number("dailyLimit", 0, 1e5, "kg"));
    co2In.done();
    Crop crop = crop(in.object("crop"), recipeIds);
    List<Zone> zones = new ArrayList<>();
    double zoneArea = 0;
    for (FieldReader zoneIn : in.objects("zones", 1)) {
      Zone zone = zone(zoneIn, ids, supplyIds);
      zoneArea += zone.areaM2();
      zones.add(zone);
    }
    if (zoneArea > floor + 1e-9) {
      in.problem("zones", "zones cover " + zoneArea + " m², more than the floor area " + floor + " m²");
    }
    in.done();
    return new Greenhouse(id, name, construction, floor, cover, gutter, uValue, vents, pipes, screens, co2, crop, zones);
  }

  private static Crop crop(FieldReader in, Set<String> recipeIds) {
    String species = in.text("species");
    String cultivar = in.text("cultivar");
    LocalDate planted =
        in.parsed("plantingDate", LocalDate::parse, "a date \"YYYY-MM-DD\"").orElse(LocalDate.EPOCH);
    double density = in.number("plantsPerM2", 0.1, 100, "plants/m²");
    String recipe = in.text("recipe");
    if (!recipe.isBlank() && !recipeIds.contains(recipe)) {
      in.problem("recipe", "no recipe \"" + recipe + "\" (known: " + String.join(", ", recipeIds.stream().sorted().toList()) + ")");
    }
    in.done();
    return new Crop(species, cultivar, planted, density, recipe);
  }

  private static Zone zone(FieldReader in, Map<String, FieldReader> ids, Set<String> supplyIds) {
    String id = in.text("id");
    unique(ids, id, in);
    String name = in.text("name");
    double area = in.number("area", 1, 1e6, "m²");
    Substrate substrate = enumValue(in, "substrate", Substrate.class, Substrate.ROCKWOOL);
    String valve = in.text("irrigationValve");
    String supply = in.text("waterSupply");
    if (!supply.isBlank() && !supplyIds.contains(supply)) {
      in.problem("waterSupply", "no water supply \"" + supply + "\" in this park");
    }
    double drippers = in.number("drippersPerM2", 0, 50, "/m²");
    in.done();
    return new Zone(id, name, area, substrate, valve, supply, drippers);
  }

  private static void unique(Map<String, FieldReader> ids, String id, FieldReader in) {
    FieldReader first = ids.putIfAbsent(id, in);
    if (first != null && !id.isBlank()) {
      in.problem("id", "id \"" + id + "\" is already used at " + first.node().path());
    }
  }

  private static <E extends Enum<E>> E enumValue(FieldReader in, String field, Class<E> type, E placeholder) {
    List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    return in.parsed(
            field,
            text -> {
              if (!names.contains(text)) {
                throw new IllegalArgumentException(text);
              }
              return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            },
            "one of " + String.join(", ", names))
        .orElse(placeholder);
  }
}
