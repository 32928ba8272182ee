package org.hortus.model.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Time-weighted mean of a signal over a sliding window, e.g. wind speed over 5 s: vents respond
 * to sustained wind, not single gusts (Link4, Priva, Hoogendoorn practice).
 */
public final class RunningAverage {

  private record Sample(Instant time, double value) {}

  private final Duration window;
  private final Deque<Sample> samples = new ArrayDeque<>();

  public RunningAverage(Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    this.window = window;
  }

  /** Adds a sample taken at {@code time} (times must not go back). */
  public void add(Instant time, double value) {
    if (!samples.isEmpty() && time.isBefore(samples.peekLast().time())) {
      throw new IllegalArgumentException("sample at " + time + " is older than the last one");
    }
    samples.addLast(new Sample(time, value));
    Instant horizon = time.minus(window);
    // Keep one sample at or before the horizon: it holds the value at the window's start.
    while (samples.size() > 1 && !secondOldest().time().isAfter(horizon)) {
      samples.removeFirst();
    }
  }

  private Sample secondOldest() {
    var iterator = samples.iterator();
    iterator.next();
    return iterator.next();
  }

  /** The mean over the window ending at the newest sample; NaN before any sample. */
  public double mean() {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    Sample newest = samples.peekLast();
    if (samples.size() == 1) {
      return newest.value();
    }
    Instant start = newest.time().minus(window);
    double weighted = 0;
    double seconds = 0;
    Sample previous = null;
    for (Sample sample : samples) {
      if (previous != null) {
        // A sample stands for the interval since the one before it, so a new value counts
        // from the scan it arrives in.
        Instant from = previous.time().isBefore(start) ? start : previous.time();
        double span = Duration.between(from, sample.time()).toNanos() / 1e9;
        if (span > 0) {
          weighted += sample.value() * span;
          seconds += span;
        }
      }
      previous = sample;
    }
    return seconds > 0 ? weighted / seconds : newest.value();
  }
}
