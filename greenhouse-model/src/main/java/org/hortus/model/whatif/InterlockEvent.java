package org.hortus.model.whatif;

import java.time.Instant;
import org.hortus.model.control.Because;

/**
 * The start of one interlock episode in a what-if run.
 *
 * @param start the scan at which it began
 * @param reason why it held then, e.g. a storm's wind and limit
 */
public record InterlockEvent(Instant start, Because reason) {}
