package org.hortus.model.control;

/**
 * A PID controller in positional form, as climate computers use it: output limits, a rate
 * limit on the output, anti-windup by conditional integration (the integral stops growing while
 * the output is saturated in the direction of the error) and bumpless transfer (in manual, or
 * under an override, the integral tracks the applied output so that automatic control resumes
 * from it without a jump). Deterministic: time comes in as the scan length.
 */
public final class Pid {

  /**
   * Tuning and limits.
   *
   * @param gain proportional gain, output units per unit of error
   * @param integralSeconds integral time (reset time); 0 or infinity: no integral action
   * @param derivativeSeconds derivative time; 0: none
   * @param outputMin lowest output
   * @param outputMax highest output
   * @param maxRatePerSecond most the output may move per second; infinity: no limit
   */
  public record Tuning(
      double gain,
      double integralSeconds,
      double derivativeSeconds,
      double outputMin,
      double outputMax,
      double maxRatePerSecond) {
    public Tuning {
      if (!(outputMin <= outputMax)) {
        throw new IllegalArgumentException("output minimum " + outputMin + " above maximum " + outputMax);
      }
      if (!(maxRatePerSecond > 0)) {
        throw new IllegalArgumentException("rate limit must be positive, was " + maxRatePerSecond);
      }
    }
  }

  private final Tuning tuning;
  private double integral;
  private double output;
  private double previousError = Double.NaN;

  /** Starts at {@code initialOutput} (clamped), as if it had been holding it. */
  public Pid(Tuning tuning, double initialOutput) {
    this.tuning = tuning;
    this.output = clamp(initialOutput);
    this.integral = this.output;
  }

  /**
   * One automatic scan: the output for {@code error = setpoint − measured} after {@code
   * dtSeconds}. The integral term is kept in output units (it holds the output that the
   * proportional part adds to).
   */
  public double update(double error, double dtSeconds) {
    return update(error, dtSeconds, 0);
  }

  /**
   * One automatic scan with a feed-forward: the output is {@code feedForward} plus the PID's
   * correction, so the loop only trims what the feed-forward (e.g. a weather-compensated heating
   * curve) gets wrong. The integral stays within what keeps the output reachable.
   */
  public double update(double error, double dtSeconds, double feedForward) {
    if (!(dtSeconds > 0)) {
      throw new IllegalArgumentException("scan length must be positive, was " + dtSeconds + " s");
    }
    double proportional = tuning.gain() * error;
    double derivative = 0;
    if (tuning.derivativeSeconds() > 0 && !Double.isNaN(previousError)) {
      derivative = tuning.gain() * tuning.derivativeSeconds() * (error - previousError) / dtSeconds;
    }
    previousError = error;

    double candidateIntegral = integral;
    if (tuning.integralSeconds() > 0 && Double.isFinite(tuning.integralSeconds())) {
      candidateIntegral += tuning.gain() * error * dtSeconds / tuning.integralSeconds();
    }
    double unclamped = feedForward + candidateIntegral + proportional + derivative;
    boolean pushingHigh = unclamped > tuning.outputMax() && error > 0;
    boolean pushingLow = unclamped < tuning.outputMin() && error < 0;
    if (!pushingHigh && !pushingLow) {
      integral = candidateIntegral; // anti-windup: integrate only while not saturated that way
    }
    // Keep the integral where the output can reach, so leaving saturation is immediate.
    integral = Math.max(tuning.outputMin() - feedForward, Math.min(tuning.outputMax() - feedForward, integral));
    double target = clamp(feedForward + integral + proportional + derivative);
    double maxStep = tuning.maxRatePerSecond() * dtSeconds;
    output = output + Math.max(-maxStep, Math.min(maxStep, target - output));
    return output;
  }

  /**
   * Bumpless transfer: while something else decides the actuator (manual, override, interlock),
   * call this each scan with the applied value; the next {@link #update} starts from it.
   */
  public void track(double appliedOutput) {
    track(appliedOutput, 0);
  }

  /** Bumpless transfer for a loop run with a feed-forward. */
  public void track(double appliedOutput, double feedForward) {
    output = clamp(appliedOutput);
    integral = output - feedForward;
    previousError = Double.NaN;
  }

  public double output() {
    return output;
  }

  private double clamp(double value) {
    return Math.max(tuning.outputMin(), Math.min(tuning.outputMax(), value));
  }
}
