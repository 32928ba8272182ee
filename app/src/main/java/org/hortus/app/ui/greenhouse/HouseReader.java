package org.hortus.app.ui.greenhouse;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.history.TrendPoint;
import org.hortus.app.history.TrendQuery;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.runtime.GreenhouseScanState;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.devices.PointValue;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.sun.SolarCalculator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the selected greenhouse for its page: readings from the point registry (by the demo park's
 * point names), the runtime's last scan, the recipe's next period and the air temperature of the
 * last half hour (from the historian when a house is selected, then from what it reads). {@link
 * #read} runs on the background executor, one call at a time ({@link
 * org.hortus.app.ui.overview.LiveRefresh}); it reads the database only when the selection changed.
 * {@link #select} may be called from any thread.
 */
final class HouseReader {

  private static final Logger log = LoggerFactory.getLogger(HouseReader.class);
  private static final int TREND_POINTS = 360;

  private final ParkRuntime runtime;
  private final TrendQuery trends;
  private volatile String selected;
  private String trendOf;
  private ShortTrend trend = new ShortTrend();
  private Optional<NextPeriod> nextPeriod;
  private String nextKey = "";
  private Optional<NextPeriod.Upcoming> next = Optional.empty();

  HouseReader(ParkRuntime runtime, TrendQuery trends, String selected) {
    this.runtime = runtime;
    this.trends = trends;
    this.selected = Objects.requireNonNull(selected, "selected");
  }

  void select(String greenhouseId) {
    selected = Objects.requireNonNull(greenhouseId, "greenhouseId");
  }

  synchronized HouseSnapshot read() {
    String id = selected;
    Instant now = Instant.now();
    double air = value(ClimatePoint.AIR_TEMPERATURE.pointId(id));
    if (!id.equals(trendOf)) {
      trendOf = id;
      trend = new ShortTrend();
      trend.seed(history(ClimatePoint.AIR_TEMPERATURE.pointId(id), now));
    }
    trend.add(now.toEpochMilli(), air);
    Optional<GreenhouseScanState> scan = Optional.ofNullable(runtime.lastScans().get(id));
    scan.ifPresent(this::updateNext);
    return new HouseSnapshot(
        id,
        air,
        value(ClimatePoint.RELATIVE_HUMIDITY.pointId(id)),
        value(ClimatePoint.CO2.pointId(id)),
        value(ClimatePoint.PIPE_TEMPERATURE.pointId(id)),
        scan,
        scan.isPresent() ? next : Optional.empty(),
        trend.points());
  }

  /** Recomputes the next period when house, stage or period changed since the last time. */
  private void updateNext(GreenhouseScanState scan) {
    String key =
        scan.greenhouseId()
            + "|"
            + scan.setpoints().stageName()
            + "|"
            + scan.setpoints().periodName();
    if (key.equals(nextKey)) {
      return;
    }
    nextKey = key;
    Optional<Greenhouse> house = runtime.park().greenhouse(scan.greenhouseId());
    next = house.flatMap(h -> nextPeriod().flatMap(finder -> finder.after(h, scan.setpoints())));
  }

  private Optional<NextPeriod> nextPeriod() {
    if (nextPeriod == null) {
      try {
        nextPeriod =
            Optional.of(
                new NextPeriod(
                    new ParkSetpoints(
                        runtime.park(),
                        ShippedFiles.sampleRecipes(),
                        new SetpointResolver(new SolarCalculator()))));
      } catch (InvalidFileException | RuntimeException e) {
        log.info("Next recipe period not shown: {}", e.getMessage());
        nextPeriod = Optional.empty();
      }
    }
    return nextPeriod;
  }

  private List<TrendPoint> history(String pointId, Instant now) {
    try {
      return trends.query(pointId, now.minus(ShortTrend.SPAN), now, TREND_POINTS).points();
    } catch (SQLException | RuntimeException e) {
      log.warn("No air temperature history for {}: {}", pointId, e.getMessage());
      return List.of();
    }
  }

  private double value(String pointId) {
    return runtime
        .registry()
        .latest(pointId)
        .filter(PointValue::isGood)
        .map(PointValue::value)
        .orElse(Double.NaN);
  }
}
