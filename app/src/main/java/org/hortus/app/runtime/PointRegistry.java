package org.hortus.app.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hortus.devices.PointListener;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;

/**
 * The latest value of every point, fed by the drivers' listeners (any thread) and read by the
 * scan thread and the UI. Listeners registered here are called on the driver's thread.
 */
public final class PointRegistry implements PointListener {

  private final Map<String, PointValue> latest = new ConcurrentHashMap<>();
  private final List<PointListener> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void onValue(PointValue value) {
    latest.put(value.pointId(), value);
    for (PointListener listener : listeners) {
      listener.onValue(value);
    }
  }

  public void addListener(PointListener listener) {
    listeners.add(listener);
  }

  public Optional<PointValue> latest(String pointId) {
    return Optional.ofNullable(latest.get(pointId));
  }

  /**
   * The value as control may use it: GOOD and younger than {@code staleAfter} (by receive time,
   * since a PLC's clock may drift), else UNCERTAIN with the reason.
   */
  public Optional<PointValue> forControl(String pointId, Duration staleAfter, Instant now) {
    return latest(pointId).map(value -> {
      if (value.isGood() && Duration.between(value.receiveTime(), now).compareTo(staleAfter) > 0) {
        return new PointValue(value.pointId(), value.value(), Quality.UNCERTAIN,
            "stale: no new value for " + Duration.between(value.receiveTime(), now).toSeconds() + " s",
            value.sourceTime(), value.receiveTime());
      }
      return value;
    });
  }

  public Map<String, PointValue> snapshot() {
    return Map.copyOf(latest);
  }
}
