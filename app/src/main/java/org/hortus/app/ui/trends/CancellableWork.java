package org.hortus.app.ui.trends;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.control.ProgressIndicator;

/**
 * One kind of long work (a trend load, an export) on the background executor, one at a time:
 * starting it again, or {@link #cancel}, drops the work before. The work is never interrupted (an
 * interrupted H2 file channel closes the database): it stops at its next {@link Ticket#cancelled}
 * check, and a dropped job's result never reaches the page.
 *
 * <p>{@link #start} and {@link #cancel} are called on the FX thread; the callbacks and the
 * properties change there too.
 */
public final class CancellableWork {

  /** What a running job may ask: whether it was dropped, and to show its progress. */
  public interface Ticket {
    boolean cancelled();

    /** Reports progress from 0 to 1; any thread. */
    void progress(double fraction);
  }

  /** The work, run on the background executor. */
  public interface Work<T> {
    T run(Ticket ticket) throws Exception;
  }

  private final ExecutorService background;
  private final Executor fx;
  private final AtomicLong generation = new AtomicLong();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress =
      new ReadOnlyDoubleWrapper(ProgressIndicator.INDETERMINATE_PROGRESS);
  private Future<?> task;
  private CompletableFuture<?> result;

  public CancellableWork(ExecutorService background, Executor fx) {
    this.background = background;
    this.fx = fx;
  }

  /**
   * Drops any running job and starts {@code work}. {@code onDone} or {@code onFailed} runs on the
   * FX thread unless the job is dropped first. The future returned completes on the background
   * thread (cancelled if the job is dropped), for callers that wait, such as tests.
   */
  public <T> CompletableFuture<T> start(Work<T> work, Consumer<T> onDone, Consumer<Exception> onFailed) {
    cancel();
    long mine = generation.incrementAndGet();
    CompletableFuture<T> outcome = new CompletableFuture<>();
    Ticket ticket = new Ticket() {
      @Override
      public boolean cancelled() {
        return generation.get() != mine;
      }

      @Override
      public void progress(double fraction) {
        fx.execute(() -> {
          if (generation.get() == mine) {
            progress.set(fraction);
          }
        });
      }
    };
    running.set(true);
    progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
    result = outcome;
    task = background.submit(() -> {
      try {
        T value = work.run(ticket);
        if (ticket.cancelled()) {
          outcome.cancel(false);
          return;
        }
        outcome.complete(value);
        fx.execute(() -> finish(mine, () -> onDone.accept(value)));
      } catch (CancellationException e) {
        outcome.cancel(false);
      } catch (Exception e) {
        outcome.completeExceptionally(e);
        fx.execute(() -> finish(mine, () -> onFailed.accept(e)));
      }
    });
    return outcome;
  }

  private void finish(long mine, Runnable then) {
    if (generation.get() != mine) {
      return;
    }
    running.set(false);
    then.run();
  }

  /** Drops the running job, if any: it stops at its next check; its result is not shown. */
  public void cancel() {
    generation.incrementAndGet();
    if (task != null) {
      task.cancel(false); // never interrupt: see the class comment
      result.cancel(false);
      task = null;
      result = null;
    }
    running.set(false);
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }
}
