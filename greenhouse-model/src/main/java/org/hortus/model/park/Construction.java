package org.hortus.model.park;

/** How a greenhouse is built; it sets typical cover, leakage and vent behaviour. */
public enum Construction {
  VENLO_GLASS,
  MULTI_SPAN_PLASTIC,
  TUNNEL
}
