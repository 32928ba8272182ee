package org.hortus.app.sim;

import java.io.IOException;
import java.time.Duration;
import org.hortus.model.sim.physics.BalanceLedger;
import org.hortus.model.sim.physics.Flux;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseSimulation;
import org.hortus.model.sim.physics.GreenhouseState;

/**
 * A greenhouse simulated open loop: the actuators stay where they were set while the weather moves,
 * in 60-s steps, with a CSV row every interval. Runs in the caller's thread from start to end;
 * nothing to stop.
 */
public final class OpenLoopRun {

  /** The model's step: a climate computer's control step. */
  public static final Duration STEP = Duration.ofSeconds(60);

  private OpenLoopRun() {}

  /**
   * Advances {@code simulation} by {@code length} with fixed {@code actuators}.
   *
   * @param rowInterval time between CSV rows, a whole number of steps
   * @return heating, transpiration and the air temperature range over the run
   */
  public static RunSummary run(
      GreenhouseSimulation simulation,
      GreenhouseActuators actuators,
      Duration length,
      Duration rowInterval,
      SimulationCsv csv)
      throws IOException {
    long steps = length.dividedBy(STEP);
    long stepsPerRow = rowInterval.dividedBy(STEP);
    if (steps < 1 || stepsPerRow < 1 || rowInterval.toSeconds() % STEP.toSeconds() != 0) {
      throw new IllegalArgumentException(
          "length " + length + " and row interval " + rowInterval + " must be whole minutes");
    }
    GreenhouseState state = simulation.state();
    BalanceLedger ledger = state.ledger();
    double heatAtRow = ledger.total(Flux.BOILER_TO_PIPES);
    double waterAtRow = ledger.total(Flux.TRANSPIRATION);
    double secondsAtRow = ledger.seconds();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    csv.writeHeader();
    for (long i = 1; i <= steps; i++) {
      simulation.advance(STEP, actuators);
      double air = state.airTemperatureCelsius();
      min = Math.min(min, air);
      max = Math.max(max, air);
      sum += air;
      if (i % stepsPerRow == 0 || i == steps) {
        double seconds = ledger.seconds() - secondsAtRow;
        double heat = ledger.total(Flux.BOILER_TO_PIPES);
        double water = ledger.total(Flux.TRANSPIRATION);
        csv.writeRow(
            simulation.time(),
            simulation.lastOutside(),
            state,
            (heat - heatAtRow) / seconds,
            (water - waterAtRow) * 1000 * 3600 / seconds);
        heatAtRow = heat;
        waterAtRow = water;
        secondsAtRow = ledger.seconds();
      }
    }
    return new RunSummary(
        ledger.total(Flux.BOILER_TO_PIPES) / 1e6,
        ledger.total(Flux.TRANSPIRATION),
        min,
        sum / steps,
        max);
  }
}
