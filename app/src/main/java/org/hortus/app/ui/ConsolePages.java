package org.hortus.app.ui;

import java.util.List;

/** The pages of the console's main window, in navigation order. */
public final class ConsolePages {

  private ConsolePages() {}

  public static List<ConsoleView> all() {
    return List.of(
        new ConsoleView("greenhouse", context -> {
          ConsoleWindow window = ConsoleWindow.open(context.simulated().orElseThrow(), context.fx());
          return window.root();
        }));
  }
}
