package org.hortus.model.alarm;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.hortus.model.control.Because;

/**
 * One configured alarm: what it watches, when it is true, how urgent it is, and how it resists
 * chattering. Built with {@link #builder(String, String, String)}.
 *
 * @param id unique alarm id, e.g. {@code "GH-01.air.high"}
 * @param source the id of what is watched (point, device, greenhouse); the board feeds each alarm
 *     the input of its source
 * @param description the words that open every message, e.g. {@code "GH-01 air temperature"}
 * @param unit the source's unit for messages, e.g. {@code "°C"}; empty for none
 * @param priority ISA-18.2 priority
 * @param condition what makes it true
 * @param onDelay how long the condition must hold continuously before the alarm activates
 * @param offDelay how long the condition must stay clear before the alarm returns
 * @param workingHours when present, the condition counts only outside these hours (doors)
 * @param chatter chattering detection and suppression
 * @param title the description in words the console can translate (its English is {@code
 *     description}); a description given as plain text is shown as written
 */
public record AlarmDefinition(
    String id,
    String source,
    String description,
    String unit,
    AlarmPriority priority,
    AlarmCondition condition,
    Duration onDelay,
    Duration offDelay,
    Optional<WorkingHours> workingHours,
    ChatterPolicy chatter,
    Because title) {

  public AlarmDefinition {
    requireText(id, "id");
    requireText(source, "source");
    requireText(description, "description");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(workingHours, "workingHours");
    Objects.requireNonNull(chatter, "chatter");
    Objects.requireNonNull(title, "title");
    if (onDelay.isNegative() || offDelay.isNegative()) {
      throw new IllegalArgumentException(id + ": on- and off-delay must not be negative");
    }
  }

  /** Starts a definition: priority LOW, no unit, no delays, default chatter policy. */
  public static Builder builder(String id, String source, String description) {
    return new Builder(id, source, description, AlarmText.text(description));
  }

  /** As {@link #builder(String, String, String)}, described in words the console translates. */
  public static Builder builder(String id, String source, Because title) {
    return new Builder(id, source, title.english(), title);
  }

  private static void requireText(String text, String name) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("alarm " + name + " must not be blank");
    }
  }

  /** Builds an {@link AlarmDefinition}; a condition is required. */
  public static final class Builder {
    private final String id;
    private final String source;
    private final String description;
    private final Because title;
    private String unit = "";
    private AlarmPriority priority = AlarmPriority.LOW;
    private AlarmCondition condition;
    private Duration onDelay = Duration.ZERO;
    private Duration offDelay = Duration.ZERO;
    private WorkingHours workingHours;
    private ChatterPolicy chatter = ChatterPolicy.DEFAULT;

    private Builder(String id, String source, String description, Because title) {
      this.id = id;
      this.source = source;
      this.description = description;
      this.title = title;
    }

    /** The source's unit, e.g. {@code "°C"}. */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Default LOW. */
    public Builder priority(AlarmPriority priority) {
      this.priority = priority;
      return this;
    }

    /** Required. */
    public Builder condition(AlarmCondition condition) {
      this.condition = condition;
      return this;
    }

    /** Default zero: active at the first scan that sees the condition. */
    public Builder onDelay(Duration onDelay) {
      this.onDelay = onDelay;
      return this;
    }

    /** Default zero: returns at the first scan that sees the condition clear. */
    public Builder offDelay(Duration offDelay) {
      this.offDelay = offDelay;
      return this;
    }

    /** Count the condition only outside these hours. */
    public Builder outsideOf(WorkingHours workingHours) {
      this.workingHours = workingHours;
      return this;
    }

    /** Default {@link ChatterPolicy#DEFAULT}. */
    public Builder chatter(ChatterPolicy chatter) {
      this.chatter = chatter;
      return this;
    }

    /** The definition; throws {@link IllegalArgumentException} or NPE on a missing field. */
    public AlarmDefinition build() {
      return new AlarmDefinition(
          id,
          source,
          description,
          unit,
          priority,
          condition,
          onDelay,
          offDelay,
          Optional.ofNullable(workingHours),
          chatter,
          title);
    }
  }
}
