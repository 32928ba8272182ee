package org.hortus.app.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;
import org.hortus.model.control.Actuator;
import org.hortus.model.whatif.LoopStep;

/**
 * A closed-loop run's climate as curves: for each interval (15 min in a what-if) the mean of what
 * the sensors read and the vents did over its scans, stamped with the interval's start.
 * Immutable once built by a {@link Recorder}.
 */
public final class ClimateCurves {

  /** The quantities recorded, each with its unit symbol. */
  public enum Quantity {
    AIR_TEMPERATURE("°C"),
    RELATIVE_HUMIDITY("%"),
    CO2("ppm"),
    /** Mean of lee and windward opening: the controller's total demand (lee first, then windward). */
    VENT_OPENING("%");

    private final String unit;

    Quantity(String unit) {
      this.unit = unit;
    }

    public String unit() {
      return unit;
    }
  }

  private final Duration interval;
  private final long[] epochMillis;
  private final double[][] values;

  private ClimateCurves(Duration interval, long[] epochMillis, double[][] values) {
    this.interval = interval;
    this.epochMillis = epochMillis;
    this.values = values;
  }

  public Duration interval() {
    return interval;
  }

  /** How many intervals were recorded. */
  public int size() {
    return epochMillis.length;
  }

  /** The start of interval {@code i}, epoch milliseconds. */
  public long epochMillis(int i) {
    return epochMillis[i];
  }

  public Instant time(int i) {
    return Instant.ofEpochMilli(epochMillis[i]);
  }

  /** The mean of {@code quantity} over interval {@code i}. */
  public double value(Quantity quantity, int i) {
    return values[quantity.ordinal()][i];
  }

  /**
   * Collects a run's steps into interval means; give it every step in time order, then {@link
   * #finish}. Not thread-safe: one recorder per run.
   */
  public static final class Recorder implements Consumer<LoopStep> {

    private static final int QUANTITIES = Quantity.values().length;

    private final Instant start;
    private final long intervalMillis;
    private final Duration interval;
    private long[] times;
    private double[][] means;
    private int size;
    private long bucket = -1;
    private final double[] sums = new double[QUANTITIES];
    private int count;

    /**
     * @param start the run's start; intervals are counted from it
     * @param expectedIntervals a capacity hint
     */
    public Recorder(Instant start, Duration interval, int expectedIntervals) {
      if (interval.toMillis() < 1) {
        throw new IllegalArgumentException("interval must be at least 1 ms, was " + interval);
      }
      this.start = start;
      this.interval = interval;
      this.intervalMillis = interval.toMillis();
      int capacity = Math.max(1, expectedIntervals);
      this.times = new long[capacity];
      this.means = new double[QUANTITIES][capacity];
    }

    @Override
    public void accept(LoopStep step) {
      long at = Duration.between(start, step.time()).toMillis();
      long stepBucket = Math.floorDiv(at, intervalMillis);
      if (stepBucket != bucket) {
        flush();
        bucket = stepBucket;
      }
      sums[Quantity.AIR_TEMPERATURE.ordinal()] += step.airTemperatureCelsius();
      sums[Quantity.RELATIVE_HUMIDITY.ordinal()] += step.relativeHumidityPercent();
      sums[Quantity.CO2.ordinal()] += step.co2Ppm();
      sums[Quantity.VENT_OPENING.ordinal()] +=
          (step.scan().value(Actuator.LEE_VENT) + step.scan().value(Actuator.WINDWARD_VENT)) / 2;
      count++;
    }

    /** The curves recorded so far (the last interval may be partial). */
    public ClimateCurves finish() {
      flush();
      double[][] trimmed = new double[QUANTITIES][];
      for (int q = 0; q < QUANTITIES; q++) {
        trimmed[q] = Arrays.copyOf(means[q], size);
      }
      return new ClimateCurves(interval, Arrays.copyOf(times, size), trimmed);
    }

    private void flush() {
      if (count == 0) {
        return;
      }
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        for (int q = 0; q < QUANTITIES; q++) {
          means[q] = Arrays.copyOf(means[q], size * 2);
        }
      }
      times[size] = start.toEpochMilli() + bucket * intervalMillis;
      for (int q = 0; q < QUANTITIES; q++) {
        means[q][size] = sums[q] / count;
        sums[q] = 0;
      }
      size++;
      count = 0;
    }
  }
}
