package org.hortus.model.control.irrigation;

/** What a zone's irrigation valve should do after this scan. */
public enum ValveCommand {
  OPEN,
  CLOSED
}
