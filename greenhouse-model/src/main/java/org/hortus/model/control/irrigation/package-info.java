/**
 * Irrigation control: the {@link org.hortus.model.control.irrigation.IrrigationController} turns
 * each scan's readings (radiation, substrate water content, supply flow) and the recipe's
 * irrigation strategy into valve commands with reasons, and events. Deterministic and
 * single-threaded: time comes in as an argument. Rules and units: {@code
 * docs/irrigation-control.md}.
 */
package org.hortus.model.control.irrigation;
