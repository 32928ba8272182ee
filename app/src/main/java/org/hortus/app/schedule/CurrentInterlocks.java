package org.hortus.app.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hortus.app.runtime.GreenhouseScanState;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ActuatorCommand;
import org.hortus.model.schedule.InterlockPeriod;

/**
 * The interlocks holding the vents now, as the runtime's last scans show them, as periods for the
 * conflict check. A scan knows only that an interlock holds, not for how long: each is taken to
 * hold from its scan for {@link #ASSUMED_HOLD} (a storm's hold time is 10 minutes after the wind
 * dropped; rain and frost last as long as the weather). Periods are named by kind: {@code storm},
 * {@code frost} or {@code rain}.
 */
public final class CurrentInterlocks {

  public static final Duration ASSUMED_HOLD = Duration.ofHours(1);

  private CurrentInterlocks() {}

  public static List<InterlockPeriod> from(Map<String, GreenhouseScanState> lastScans, ZoneId zone) {
    List<InterlockPeriod> periods = new ArrayList<>();
    for (GreenhouseScanState state : lastScans.values()) {
      Map<String, String> kinds = new LinkedHashMap<>();
      for (Actuator vent : List.of(Actuator.LEE_VENT, Actuator.WINDWARD_VENT)) {
        ActuatorCommand command = state.scan().commands().get(vent);
        if (command != null && command.decidedBy().endsWith(" interlock")) {
          kinds.putIfAbsent(command.decidedBy().substring(0, command.decidedBy().length() - " interlock".length()),
              command.reason());
        }
      }
      ZonedDateTime at = state.time().atZone(zone);
      kinds.forEach((kind, reason) ->
          periods.add(new InterlockPeriod(kind, reason, at, at.plus(ASSUMED_HOLD), Set.of(state.greenhouseId()))));
    }
    return periods;
  }
}
