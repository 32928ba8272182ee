package org.hortus.app;

import org.hortus.app.cli.HortusCommand;
import picocli.CommandLine;

/**
 * The {@code hortus} launcher. It does not extend {@code Application}: with JavaFX on the class
 * path, the launcher's main class must not (TECHNOTES, jpackage).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Exit explicitly: driver threads left by a closed window must not keep the JVM alive.
    System.exit(new CommandLine(new HortusCommand()).execute(args));
  }
}
