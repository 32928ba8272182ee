package org.hortus.app.ui.overview;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes a page at most twice a second while it is on screen. A {@link Timeline} on the FX
 * thread asks for a snapshot on the background executor (the alarm board's lock may be held while
 * the alarm thread writes the database, so even in-memory reads stay off the FX thread) and the
 * snapshot is applied on the FX executor. At most one gather runs at a time: a slow one skips
 * pulses instead of queueing them.
 *
 * <p>Starts when its node is shown in a window and stops when it leaves it; {@link #now} asks for
 * one refresh at once (e.g. after the user picked another greenhouse). Create and call it on the FX
 * thread.
 *
 * @param <T> the snapshot the page shows
 */
public final class LiveRefresh<T> {

  /** Two refreshes a second: gauges and charts cost CPU in JavaFX. */
  public static final Duration PERIOD = Duration.millis(500);

  private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);

  private final Executor background;
  private final Executor fx;
  private final Supplier<T> gather;
  private final Consumer<T> apply;
  private final AtomicBoolean gathering = new AtomicBoolean();
  private final Timeline timeline;

  /**
   * @param node the page's root; refreshing follows whether it is showing
   * @param background runs {@code gather}
   * @param fx runs {@code apply}
   * @param gather reads the snapshot; must not touch nodes
   * @param apply shows it; runs on the FX thread
   */
  public LiveRefresh(
      Node node, Executor background, Executor fx, Supplier<T> gather, Consumer<T> apply) {
    this.background = Objects.requireNonNull(background, "background");
    this.fx = Objects.requireNonNull(fx, "fx");
    this.gather = Objects.requireNonNull(gather, "gather");
    this.apply = Objects.requireNonNull(apply, "apply");
    this.timeline = new Timeline(new KeyFrame(PERIOD, e -> now()));
    timeline.setCycleCount(Timeline.INDEFINITE);
    ObservableValue<Boolean> showing =
        node.sceneProperty()
            .flatMap(Scene::windowProperty)
            .flatMap(Window::showingProperty)
            .orElse(false);
    showing.subscribe(shown -> run(shown));
  }

  private void run(boolean shown) {
    if (shown) {
      timeline.play();
      now();
    } else {
      timeline.stop();
    }
  }

  /** Asks for one refresh now, unless one is under way. */
  public void now() {
    if (!gathering.compareAndSet(false, true)) {
      return;
    }
    try {
      background.execute(this::gatherAndHandOver);
    } catch (RejectedExecutionException e) {
      gathering.set(false); // the console is closing
    }
  }

  private void gatherAndHandOver() {
    T snapshot;
    try {
      snapshot = gather.get();
    } catch (RuntimeException e) {
      log.warn("Page refresh failed: {}", e.toString());
      gathering.set(false);
      return;
    }
    fx.execute(
        () -> {
          gathering.set(false);
          apply.accept(snapshot);
        });
  }

  /** Stops refreshing for good. */
  public void stop() {
    timeline.stop();
  }
}
