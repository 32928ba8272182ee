package org.hortus.app.ui.trends;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;
import org.hortus.app.ui.Messages;

/**
 * A time axis in epoch milliseconds over a range the page sets (no auto-ranging), with ticks on
 * round local times (every 5 min, 3 h, day at midnight, Monday, first of the month, …) about
 * {@link #TARGET_TICKS} across, labelled as the step needs: clock time, day and time, day, or
 * month.
 * Label patterns come from the message bundle ({@code trends.axis.*}).
 */
public final class TimeAxis extends ValueAxis<Number> {

  static final int TARGET_TICKS = 8;

  private static final List<Duration> STEPS = List.of(
      Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
      Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
      Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6),
      Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7),
      Duration.ofDays(30), Duration.ofDays(61), Duration.ofDays(91));

  private final ZoneId zone;
  private final DateTimeFormatter clock;
  private final DateTimeFormatter dayAndClock;
  private final DateTimeFormatter date;
  private final DateTimeFormatter month;

  public TimeAxis(Messages messages, ZoneId zone) {
    this.zone = zone;
    clock = formatter(messages, "trends.axis.clock");
    dayAndClock = formatter(messages, "trends.axis.day");
    date = formatter(messages, "trends.axis.date");
    month = formatter(messages, "trends.axis.month");
    setAutoRanging(false);
    setMinorTickVisible(false);
    setAnimated(false);
  }

  private DateTimeFormatter formatter(Messages messages, String key) {
    return DateTimeFormatter.ofPattern(messages.text(key), messages.locale()).withZone(zone);
  }

  /** The round step for a span: the smallest giving at most about {@link #TARGET_TICKS} ticks. */
  static Duration step(double spanMillis) {
    double wanted = spanMillis / TARGET_TICKS;
    return STEPS.stream().filter(s -> s.toMillis() >= wanted).findFirst().orElse(STEPS.getLast());
  }

  /** The tick times in [lower, upper], on round local times of {@code step}. */
  static List<Long> ticks(long lower, long upper, Duration step, ZoneId zone) {
    ZonedDateTime first = Instant.ofEpochMilli(lower).atZone(zone).truncatedTo(ChronoUnit.DAYS);
    if (step.toDays() >= 30) {
      first = first.with(TemporalAdjusters.firstDayOfMonth());
    } else if (step.toDays() == 7) {
      first = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    List<Long> ticks = new ArrayList<>();
    long sinceFirst = lower - first.toInstant().toEpochMilli();
    long skip = step.toDays() >= 1 ? 0 : Math.max(0, sinceFirst / step.toMillis() - 1);
    for (long i = skip; ticks.size() < 100 && i < skip + 10_000; i++) {
      ZonedDateTime tick = step.toDays() >= 30 ? first.plusMonths(i * (step.toDays() / 30))
          : step.toDays() >= 1 ? first.plusDays(i * step.toDays()) : first.plus(step.multipliedBy(i));
      long at = tick.toInstant().toEpochMilli();
      if (at > upper) {
        break;
      } else if (at >= lower) {
        ticks.add(at);
      }
    }
    return ticks;
  }

  @Override
  protected List<Number> calculateTickValues(double length, Object range) {
    double[] bounds = (double[]) range;
    long lower = (long) Math.ceil(bounds[0]);
    long upper = (long) Math.floor(bounds[1]);
    if (upper <= lower) {
      return List.of();
    }
    return List.copyOf(ticks(lower, upper, step(upper - lower), zone));
  }

  @Override
  protected String getTickMarkLabel(Number epochMillis) {
    double span = getUpperBound() - getLowerBound();
    Duration step = step(span);
    DateTimeFormatter format = step.toDays() >= 30 ? month
        : step.toDays() >= 1 ? date
        : span > Duration.ofHours(30).toMillis() ? dayAndClock : clock;
    return format.format(Instant.ofEpochMilli(epochMillis.longValue()));
  }

  @Override
  protected List<Number> calculateMinorTickMarks() {
    return List.of();
  }

  @Override
  protected Object getRange() {
    return new double[] {getLowerBound(), getUpperBound()};
  }

  @Override
  protected void setRange(Object range, boolean animate) {
    double[] bounds = (double[]) range;
    setLowerBound(bounds[0]);
    setUpperBound(bounds[1]);
    currentLowerBound.set(bounds[0]);
  }
}
