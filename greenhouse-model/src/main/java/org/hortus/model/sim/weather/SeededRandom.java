package org.hortus.model.sim.weather;

/**
 * SplitMix64 (Steele, Lea &amp; Flood 2014), written out here with {@link StrictMath} for the
 * Gaussian so that a seed gives the same numbers on every JDK and CPU. Not thread-safe.
 */
final class SeededRandom {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SeededRandom(long seed) {
    this.state = seed;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform number in [0, 1) that depends only on seed and index (no state). */
  static double uniformAt(long seed, long index) {
    return (mix(seed + index * GOLDEN_GAMMA) >>> 11) * 0x1.0p-53;
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Standard normal (Box–Muller, one value per two uniforms). */
  double nextGaussian() {
    double u1 = nextDouble();
    double u2 = nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(1 - u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  /** An independent stream seeded from this one. */
  SeededRandom split() {
    return new SeededRandom(nextLong());
  }
}
