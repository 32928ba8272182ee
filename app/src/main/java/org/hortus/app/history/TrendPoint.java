package org.hortus.app.history;

/**
 * One point of a trend line.
 *
 * @param epochMillis time, epoch milliseconds
 * @param value the value (raw, or a rollup's mean)
 * @param min the lowest value it stands for (= value for raw data)
 * @param max the highest value it stands for (= value for raw data)
 */
public record TrendPoint(long epochMillis, double value, double min, double max) {

  public static TrendPoint raw(long epochMillis, double value) {
    return new TrendPoint(epochMillis, value, value, value);
  }
}
