package org.hortus.model.sim.weather;

/**
 * An EPW weather file that cannot be read; the message names the file, the line (1-based) and,
 * where one is at fault, the field (1-based, as the EnergyPlus documentation numbers them).
 */
public final class EpwFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  EpwFormatException(String file, int line, String problem) {
    super(file + " line " + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file (or source name) that was read. */
  public String file() {
    return file;
  }

  /** The 1-based line at fault. */
  public int line() {
    return line;
  }
}
