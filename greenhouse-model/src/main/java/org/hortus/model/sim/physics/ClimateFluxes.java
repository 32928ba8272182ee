package org.hortus.model.sim.physics;

import java.util.ArrayList;
import java.util.List;

/**
 * Every flux of the model at one instant, per m² of floor; see {@link Flux} for what each one is.
 * Energy in W/m², vapour in kg/(m²·s), CO2 in mg/(m²·s), airflows in m³/(m²·s).
 *
 * @param rates the flux rates, indexed by {@link Flux#ordinal()} (use {@link #rate(Flux)})
 * @param ventilationM3PerM2PerS airflow through the roof vents
 * @param leakageM3PerM2PerS airflow through the closed cover
 * @param zones per zone water fluxes, in zone order
 */
public record ClimateFluxes(
    List<Double> rates,
    double ventilationM3PerM2PerS,
    double leakageM3PerM2PerS,
    List<ZoneWater> zones) {

  /**
   * Water fluxes of one zone, L/(m²·s) per m² of zone floor.
   *
   * @param irrigation water given
   * @param uptake water taken up by the crop (equal to its transpiration)
   * @param drain water leaving the slabs above saturation
   */
  public record ZoneWater(double irrigation, double uptake, double drain) {}

  public ClimateFluxes {
    rates = List.copyOf(rates);
    zones = List.copyOf(zones);
    if (rates.size() != Flux.COUNT) {
      throw new IllegalArgumentException("need " + Flux.COUNT + " rates, got " + rates.size());
    }
  }

  static ClimateFluxes of(FluxBuffer b) {
    List<Double> rates = new ArrayList<>(Flux.COUNT);
    for (double r : b.rate) {
      rates.add(r);
    }
    List<ZoneWater> zones = new ArrayList<>(b.irrigation.length);
    for (int z = 0; z < b.irrigation.length; z++) {
      zones.add(new ZoneWater(b.irrigation[z], b.uptake[z], b.drain[z]));
    }
    return new ClimateFluxes(rates, b.ventilationRate, b.leakageRate, zones);
  }

  /** The rate of one flux. */
  public double rate(Flux flux) {
    return rates.get(flux.ordinal());
  }

  /** Net gain rate of one balance's store: sources minus sinks. */
  public double net(Flux.Balance balance) {
    double sum = 0;
    for (Flux f : Flux.values()) {
      if (f.balance() == balance) {
        sum += f.storageSign() * rate(f);
      }
    }
    return sum;
  }

  /** Heat emitted by the heating pipes (convection plus radiation), W/m². */
  public double pipeHeatWattsPerM2() {
    return rate(Flux.PIPE_TO_AIR_CONVECTION) + rate(Flux.PIPE_TO_AIR_RADIATION);
  }

  /** Transpiration in g/(m²·h), the unit growers read. */
  public double transpirationGramsPerM2PerHour() {
    return rate(Flux.TRANSPIRATION) * 3.6e6;
  }

  /** Air changes per hour through vents and leakage, given the mean height in m. */
  public double airChangesPerHour(double meanHeightM) {
    return (ventilationM3PerM2PerS + leakageM3PerM2PerS) * 3600 / meanHeightM;
  }
}
