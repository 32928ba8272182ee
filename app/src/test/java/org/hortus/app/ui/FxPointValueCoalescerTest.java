package org.hortus.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.hortus.devices.PointValue;
import org.junit.jupiter.api.Test;

class FxPointValueCoalescerTest {

  private final Queue<Runnable> fxQueue = new ArrayDeque<>();
  private final List<PointValue> shown = new ArrayList<>();
  private final FxPointValueCoalescer coalescer =
      new FxPointValueCoalescer(fxQueue::add, shown::add);

  private static PointValue value(String id, double v) {
    Instant now = Instant.now();
    return PointValue.good(id, v, now, now);
  }

  @Test
  void manyUpdatesBeforeAPulseReachTheUiAsTheNewestOnePerPoint() {
    for (int i = 0; i < 1000; i++) {
      coalescer.offer(value("GH-01.air.temperature", i));
    }
    coalescer.offer(value("GH-01.air.co2", 800));

    assertEquals(1, fxQueue.size(), "one drain scheduled for the whole burst");
    fxQueue.poll().run();

    assertEquals(2, shown.size());
    assertEquals(
        999,
        shown.stream()
            .filter(v -> v.pointId().equals("GH-01.air.temperature"))
            .findFirst()
            .orElseThrow()
            .value());
  }

  @Test
  void aValueAfterADrainSchedulesTheNextOne() {
    coalescer.offer(value("GH-01.air.temperature", 20));
    fxQueue.poll().run();
    coalescer.offer(value("GH-01.air.temperature", 21));
    assertEquals(1, fxQueue.size());
    fxQueue.poll().run();
    assertEquals(List.of(20.0, 21.0), shown.stream().map(PointValue::value).toList());
  }
}
