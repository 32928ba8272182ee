package org.hortus.app.ui.trends;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.hortus.app.ui.Messages;
import org.hortus.devices.PointValue;

/**
 * For each charted point, how old its last good value is: a trend line that ends early may mean
 * a dead sensor, not a steady climate. Remembers the last GOOD receive time of every point it has
 * seen, since the registry keeps only the latest value. FX thread only.
 */
final class PointAges {

  /** Older than this, a value is marked stale. */
  static final Duration STALE_AFTER = Duration.ofMinutes(2);

  private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  private final Map<String, Instant> lastGood = new HashMap<>();
  private final FlowPane root = new FlowPane(16, 4);
  private final Messages messages;

  PointAges(Messages messages) {
    this.messages = messages;
    root.setId("trends-ages");
    root.getStyleClass().add("trend-ages");
  }

  /** Takes in the registry's latest values and shows the ages of {@code charted} at {@code now}. */
  void update(Map<String, PointValue> latest, List<String> charted, Instant now) {
    for (PointValue value : latest.values()) {
      if (value.isGood()) {
        lastGood.merge(value.pointId(), value.receiveTime(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    while (root.getChildren().size() > charted.size()) {
      root.getChildren().removeLast();
    }
    while (root.getChildren().size() < charted.size()) {
      root.getChildren().add(new Label());
    }
    for (int i = 0; i < charted.size(); i++) {
      String pointId = charted.get(i);
      Label label = (Label) root.getChildren().get(i);
      Instant good = lastGood.get(pointId);
      if (good == null) {
        label.setText(messages.text("trends.age.none", pointId));
        label.pseudoClassStateChanged(STALE, true);
      } else {
        Duration age = Duration.between(good, now).isNegative() ? Duration.ZERO : Duration.between(good, now);
        label.setText(messages.text("trends.age", pointId, describe(age, messages)));
        label.pseudoClassStateChanged(STALE, age.compareTo(STALE_AFTER) > 0);
      }
    }
  }

  /** An age in the largest whole unit: "4 s", "12 min", "3 h", "2 d". */
  static String describe(Duration age, Messages messages) {
    if (age.toMinutes() < 1) {
      return messages.text("trends.age.seconds", age.toSeconds());
    } else if (age.toHours() < 1) {
      return messages.text("trends.age.minutes", age.toMinutes());
    } else if (age.toDays() < 1) {
      return messages.text("trends.age.hours", age.toHours());
    }
    return messages.text("trends.age.days", age.toDays());
  }

  Parent root() {
    return root;
  }
}
