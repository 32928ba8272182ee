package org.hortus.model.park;

/** What a screen is for. */
public enum ScreenKind {
  ENERGY,
  SHADE,
  BLACKOUT
}
