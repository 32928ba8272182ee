package org.hortus.devices.modbus;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.PointValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll cycle of one device: reads every block one after the other (one request in flight at a
 * time, which small PLCs need), delivers changed values, then waits the poll interval. A block that
 * gets an exception response is read again point by point, so one bad address does not make its
 * neighbours BAD; those points stay apart afterwards.
 *
 * <p>Every method must be called on the driver thread, and every continuation comes back to it: the
 * state needs no locks. A lost connection abandons the running cycle (its late answers are dropped
 * by the generation count) and marks every point BAD at once.
 */
final class PollLoop {

  private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);

  private final ModbusTcpClient client;
  private final ScheduledExecutorService driverThread;
  private final Executor onDriverThread;
  private final Duration interval;
  private final List<PolledPoint> points = new ArrayList<>();
  private final Set<PolledPoint> readAlone = new HashSet<>();
  private List<ReadBlock> plan = List.of();
  private boolean connected;
  private boolean closed;
  private String downReason = "not connected";
  private long generation;
  private boolean cycleRunning;
  private boolean pollAgain;
  private ScheduledFuture<?> nextCycle;

  PollLoop(
      ModbusTcpClient client,
      ScheduledExecutorService driverThread,
      Executor onDriverThread,
      Duration interval) {
    this.client = client;
    this.driverThread = driverThread;
    this.onDriverThread = onDriverThread;
    this.interval = interval;
  }

  /** Adds points; they get their first value from the next cycle, or BAD now if not connected. */
  void add(List<PolledPoint> added) {
    points.addAll(added);
    plan = BlockPlanner.plan(points, readAlone);
    if (connected) {
      pollSoon();
    } else {
      markBad(added, downReason);
    }
  }

  void connected() {
    connected = true;
    pollSoon();
  }

  /** Abandons the running cycle and marks every point BAD with {@code reason}. */
  void disconnected(String reason) {
    connected = false;
    downReason = reason;
    stopCycle();
    markBad(points, reason);
  }

  void close() {
    closed = true;
    stopCycle();
  }

  /** The current read plan, for tests. */
  List<ReadBlock> plan() {
    return plan;
  }

  private void pollSoon() {
    if (closed || !connected) {
      return;
    }
    if (cycleRunning) {
      pollAgain = true;
      return;
    }
    cancelNextCycle();
    startCycle();
  }

  private void startCycle() {
    cycleRunning = true;
    pollAgain = false;
    pollNext(new ArrayDeque<>(plan), generation);
  }

  private void pollNext(Deque<ReadBlock> queue, long cycle) {
    ReadBlock block = queue.poll();
    if (block == null) {
      finishCycle();
      return;
    }
    ModbusRequests.read(client, block.unitId(), block.table(), block.start(), block.quantity())
        .whenCompleteAsync(
            (data, failure) -> {
              if (cycle != generation) {
                return; // abandoned: the connection was lost or the driver closed meanwhile
              }
              try {
                onAnswer(block, data, failure, queue);
              } catch (RuntimeException e) {
                LOG.error("Modbus poll of {} failed", block, e);
              }
              pollNext(queue, cycle);
            },
            onDriverThread);
  }

  private void onAnswer(ReadBlock block, byte[] data, Throwable failure, Deque<ReadBlock> queue) {
    Instant now = Instant.now();
    if (failure == null) {
      for (PolledPoint point : block.points()) {
        deliver(
            point,
            ModbusRequests.valueOf(point.point().id(), point.address(), data, block.start(), now));
      }
    } else if (ModbusRequests.isExceptionResponse(failure) && block.points().size() > 1) {
      readAlone.addAll(block.points());
      plan = BlockPlanner.plan(points, readAlone);
      block.split().reversed().forEach(queue::addFirst);
    } else {
      String reason = ModbusRequests.reason(failure);
      block.points().forEach(p -> deliver(p, PointValue.bad(p.point().id(), reason, now)));
    }
  }

  private void finishCycle() {
    cycleRunning = false;
    if (closed || !connected) {
      return;
    }
    if (pollAgain) {
      startCycle();
      return;
    }
    try {
      nextCycle =
          driverThread.schedule(
              this::startScheduledCycle, interval.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closing) {
      // The driver is closing.
    }
  }

  private void startScheduledCycle() {
    if (!cycleRunning && connected && !closed) {
      startCycle();
    }
  }

  private void stopCycle() {
    generation++;
    cycleRunning = false;
    pollAgain = false;
    cancelNextCycle();
  }

  private void cancelNextCycle() {
    if (nextCycle != null) {
      nextCycle.cancel(false);
      nextCycle = null;
    }
  }

  private void markBad(List<PolledPoint> bad, String reason) {
    Instant now = Instant.now();
    for (PolledPoint point : bad) {
      deliver(point, PointValue.bad(point.point().id(), reason, now));
    }
  }

  private static void deliver(PolledPoint point, PointValue value) {
    if (point.update(value)) {
      try {
        point.listener().onValue(value);
      } catch (RuntimeException e) {
        LOG.warn("Point listener failed on {}", value, e);
      }
    }
  }
}
