package org.hortus.model.park;

/**
 * A plot of a greenhouse irrigated as one.
 *
 * @param id park-wide id, e.g. {@code GH-01.Z1}
 * @param name growers' name
 * @param areaM2 cropped floor area
 * @param substrate what the roots grow in
 * @param irrigationValve the valve's name on the irrigation controller
 * @param waterSupplyId the {@link WaterSupply} feeding the valve
 * @param drippersPerM2 emitters per m² of floor
 */
public record Zone(
    String id,
    String name,
    double areaM2,
    Substrate substrate,
    String irrigationValve,
    String waterSupplyId,
    double drippersPerM2) {}
