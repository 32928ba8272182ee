package org.hortus.model.sim.physics;

import java.util.Arrays;

/**
 * Running integrals of every flux since the state was created, so that a caller can check the
 * balances: the change of each store must equal {@link #net(Flux.Balance)}. Energy in J/m², vapour
 * in kg/m², CO2 in mg/m², zone water in L per m² of zone floor. Mutable; owned by one {@link
 * GreenhouseState}.
 */
public final class BalanceLedger {

  private final double[] total;
  private final double[] irrigation;
  private final double[] uptake;
  private final double[] drain;
  private double seconds;

  BalanceLedger(int zoneCount) {
    total = new double[Flux.COUNT];
    irrigation = new double[zoneCount];
    uptake = new double[zoneCount];
    drain = new double[zoneCount];
  }

  private BalanceLedger(BalanceLedger other) {
    total = other.total.clone();
    irrigation = other.irrigation.clone();
    uptake = other.uptake.clone();
    drain = other.drain.clone();
    seconds = other.seconds;
  }

  BalanceLedger copy() {
    return new BalanceLedger(this);
  }

  void add(FluxBuffer b, double dt) {
    double[] rate = b.rate;
    for (int i = 0; i < total.length; i++) {
      total[i] += rate[i] * dt;
    }
    for (int z = 0; z < irrigation.length; z++) {
      irrigation[z] += b.irrigation[z] * dt;
      uptake[z] += b.uptake[z] * dt;
      drain[z] += b.drain[z] * dt;
    }
    seconds += dt;
  }

  /** Integral of one flux, J/m², kg/m² or mg/m² by its balance. */
  public double total(Flux flux) {
    return total[flux.ordinal()];
  }

  /** Sum of sources minus sinks of one balance: what its store should have gained. */
  public double net(Flux.Balance balance) {
    double sum = 0;
    for (Flux f : Flux.values()) {
      if (f.balance() == balance) {
        sum += f.storageSign() * total[f.ordinal()];
      }
    }
    return sum;
  }

  /** Sum of the magnitudes of every flux of one balance, internal transfers included. */
  public double gross(Flux.Balance balance) {
    double sum = 0;
    for (Flux f : Flux.values()) {
      if (f.balance() == balance) {
        sum += Math.abs(total[f.ordinal()]);
      }
    }
    return sum;
  }

  /** Water given to one zone, L/m² of zone floor. */
  public double irrigationLitresPerM2(int zone) {
    return irrigation[zone];
  }

  /** Water the crop took up from one zone (its transpiration), L/m² of zone floor. */
  public double uptakeLitresPerM2(int zone) {
    return uptake[zone];
  }

  /** Water drained from one zone's slabs, L/m² of zone floor. */
  public double drainLitresPerM2(int zone) {
    return drain[zone];
  }

  /** Simulated time integrated, s. */
  public double seconds() {
    return seconds;
  }

  @Override
  public String toString() {
    return "BalanceLedger[" + seconds + " s, " + Arrays.toString(total) + "]";
  }
}
