package org.hortus.model.sun;

/**
 * Where the sun stands in the sky seen from a site at one instant.
 *
 * @param elevationDegrees apparent elevation above the horizon, corrected for atmospheric
 *     refraction as in the NOAA Solar Calculator; negative below the horizon
 * @param azimuthDegrees compass bearing of the sun, clockwise from north, from 0 (inclusive) to 360
 *     (exclusive): 90 east, 180 south, 270 west
 * @param zenithDegrees apparent angle from the zenith, always {@code 90 - elevationDegrees}
 */
public record SunPosition(double elevationDegrees, double azimuthDegrees, double zenithDegrees) {}
