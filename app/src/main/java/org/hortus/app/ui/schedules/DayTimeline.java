package org.hortus.app.ui.schedules;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hortus.app.ui.Messages;

/**
 * The day timeline: an hour scale, then one lane per greenhouse or zone ({@code
 * #schedules-lane-GH-01-Z1}: the target's dots become dashes) with a bar per run ({@code
 * #timeline-bar-<schedule id>}, style class {@code schedule-bar}, {@code irrigation} or {@code
 * ventilation}, and {@code conflict} when it is in one). Bars are placed as fractions of the lane's
 * width, so the timeline stretches with the window. FX thread only.
 */
final class DayTimeline extends VBox {

  private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");
  private static final double LANE_LABEL_WIDTH = 90;
  private static final double MIN_BAR_WIDTH = 4;

  private final ScheduleTexts texts;
  private final Messages messages;

  DayTimeline(ScheduleTexts texts) {
    super(2);
    this.texts = texts;
    this.messages = texts.messages();
    setId("schedules-timeline");
    getStyleClass().add("schedule-timeline");
    setPadding(new Insets(6));
  }

  void show(TimelinePlan plan) {
    getChildren().clear();
    getChildren().add(scale());
    if (plan.lanes().isEmpty()) {
      Label none = new Label(messages.text("schedules.timeline.empty"));
      none.setId("schedules-timeline-empty");
      getChildren().add(none);
      return;
    }
    for (TimelinePlan.Lane lane : plan.lanes()) {
      getChildren().add(lane(lane));
    }
  }

  private HBox scale() {
    Pane track = new Pane();
    HBox.setHgrow(track, Priority.ALWAYS);
    track.setMinHeight(18);
    for (int hour = 0; hour < 24; hour += 3) {
      Label tick = new Label(texts.time(java.time.LocalTime.of(hour, 0)));
      tick.getStyleClass().add("schedule-timeline-tick");
      tick.layoutXProperty().bind(track.widthProperty().multiply(hour / 24.0));
      track.getChildren().add(tick);
    }
    Label corner = new Label();
    corner.setMinWidth(LANE_LABEL_WIDTH);
    return new HBox(corner, track);
  }

  private HBox lane(TimelinePlan.Lane lane) {
    Label name = new Label(lane.targetId());
    name.setMinWidth(LANE_LABEL_WIDTH);
    name.setPrefWidth(LANE_LABEL_WIDTH);
    name.getStyleClass().add("schedule-lane-label");
    Pane track = new Pane();
    track.getStyleClass().add("schedule-lane");
    track.setMinHeight(22);
    track.setPrefHeight(22);
    HBox.setHgrow(track, Priority.ALWAYS);
    for (TimelinePlan.Bar bar : lane.bars()) {
      track.getChildren().add(bar(bar, track));
    }
    HBox row = new HBox(name, track);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setId("schedules-lane-" + lane.targetId().replace('.', '-'));
    return row;
  }

  private Region bar(TimelinePlan.Bar bar, Pane track) {
    Region region = new Region();
    region.setId("timeline-bar-" + bar.run().schedule().id());
    region.getStyleClass().addAll("schedule-bar", bar.irrigation() ? "irrigation" : "ventilation");
    if (bar.conflict()) {
      region.getStyleClass().add("conflict");
    }
    region.pseudoClassStateChanged(CONFLICT, bar.conflict());
    region.layoutXProperty().bind(track.widthProperty().multiply(bar.startFraction()));
    region.setLayoutY(3);
    region.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(MIN_BAR_WIDTH,
        track.widthProperty().multiply(bar.endFraction() - bar.startFraction())));
    region.setPrefHeight(16);
    region.resize(MIN_BAR_WIDTH, 16);
    String text = messages.text(bar.conflict() ? "schedules.timeline.bar.conflict" : "schedules.timeline.bar",
        bar.run().schedule().name(), texts.span(bar.run()));
    region.setAccessibleText(text);
    Tooltip.install(region, new Tooltip(text));
    return region;
  }
}
