package org.hortus.app.ui;

import javafx.scene.Node;

/**
 * A built page of the console's main window: its root node and how to stop what it runs (timers,
 * background work) when the main window is rebuilt (language change) or closed.
 */
public interface ConsolePage {

  Node root();

  /** Stops the page's timers and background work; the page is not shown again. */
  default void stop() {}

  /** A page with nothing to stop, or whose timers stop by themselves when it leaves the scene. */
  static ConsolePage of(Node root) {
    return () -> root;
  }

  /** A page whose {@code stop} action is given. */
  static ConsolePage of(Node root, Runnable stop) {
    return new ConsolePage() {
      @Override
      public Node root() {
        return root;
      }

      @Override
      public void stop() {
        stop.run();
      }
    };
  }
}
