package org.hortus.app.ui;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.hortus.devices.PointValue;

/**
 * Carries point values from driver threads to the FX thread, keeping only the newest value per
 * point until the FX thread takes them: however fast a device publishes, the UI sees at most one
 * update per point per pulse and never queues a backlog.
 *
 * <p>{@link #offer} may be called from any thread and never blocks; the consumer runs on the
 * executor given (the FX thread in the console, the calling thread in tests).
 */
public final class FxPointValueCoalescer {

  private final Map<String, PointValue> pending = new ConcurrentHashMap<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final Executor fxExecutor;
  private final Consumer<PointValue> consumer;

  public FxPointValueCoalescer(Executor fxExecutor, Consumer<PointValue> consumer) {
    this.fxExecutor = Objects.requireNonNull(fxExecutor, "fxExecutor");
    this.consumer = Objects.requireNonNull(consumer, "consumer");
  }

  public void offer(PointValue value) {
    pending.put(value.pointId(), value);
    if (drainScheduled.compareAndSet(false, true)) {
      fxExecutor.execute(this::drain);
    }
  }

  private void drain() {
    drainScheduled.set(false);
    for (String pointId : pending.keySet()) {
      PointValue value = pending.remove(pointId);
      if (value != null) {
        consumer.accept(value);
      }
    }
  }
}
