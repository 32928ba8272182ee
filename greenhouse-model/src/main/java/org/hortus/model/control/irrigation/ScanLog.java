package org.hortus.model.control.irrigation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one scan did: its events, and a note per zone that explains a change in this scan. */
final class ScanLog {

  final Instant now;
  private final List<IrrigationEvent> events = new ArrayList<>();
  private final Map<String, String> notes = new HashMap<>();

  ScanLog(Instant now) {
    this.now = now;
  }

  void add(IrrigationEvent event) {
    events.add(event);
  }

  void note(String zoneId, String text) {
    notes.put(zoneId, text);
  }

  /** This scan's note on the zone, else {@code otherwise}. */
  String noteOr(String zoneId, String otherwise) {
    return notes.getOrDefault(zoneId, otherwise);
  }

  /** Records a shot that will not run, e.g. {@code radiation shot dropped: <why>}. */
  void drop(String supplyId, ShotRequest request, String why) {
    String message = request.trigger().label() + " shot dropped: " + why;
    note(request.zoneId(), message);
    add(
        new IrrigationEvent.ShotDropped(
            now,
            request.zoneId(),
            supplyId,
            request.trigger(),
            request.zoneId() + " " + message + " (" + request.why() + ")"));
  }

  List<IrrigationEvent> events() {
    return List.copyOf(events);
  }
}
