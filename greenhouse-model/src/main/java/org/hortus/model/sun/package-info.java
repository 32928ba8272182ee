/**
 * The sun seen from a {@link org.hortus.model.Site}: position, sunrise, solar noon, sunset and
 * extraterrestrial radiation, by the NOAA Solar Calculator equations (see {@code docs/sun.md}).
 * Plain, deterministic calculations: time comes in as an argument.
 */
package org.hortus.model.sun;
