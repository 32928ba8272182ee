package org.hortus.model.alarm;

import static org.hortus.model.control.Phrase.Arg.COUNT;
import static org.hortus.model.control.Phrase.Arg.F0;
import static org.hortus.model.control.Phrase.Arg.F1;
import static org.hortus.model.control.Phrase.Arg.INSTANT;
import static org.hortus.model.control.Phrase.Arg.PHRASE;

import java.util.List;
import org.hortus.model.control.Phrase;

/**
 * Everything the alarm engine says in a transition's message: conditions, delays, operator acts,
 * chattering and the flood outlook. An alarm's own words (its description, a digital signal's
 * texts) come from whoever defines it; {@link #TEXT} carries words given as plain text.
 */
public enum AlarmPhrase implements Phrase {
  /** Words given as plain text, shown as written. */
  TEXT("alarm.text", "{0}", Arg.TEXT),

  MESSAGE("alarm.message", "{0} {1}", PHRASE, PHRASE),
  MESSAGE_FOR("alarm.message-for", "{0} {1} for {2}", PHRASE, PHRASE, PHRASE),
  MESSAGE_OUTSIDE_HOURS("alarm.message-outside-hours", "{0} {1} outside working hours", PHRASE, PHRASE),
  MESSAGE_FOR_OUTSIDE_HOURS(
      "alarm.message-for-outside-hours", "{0} {1} for {2} outside working hours", PHRASE, PHRASE, PHRASE),
  WITHIN_WORKING_HOURS("alarm.within-working-hours", "{0}, within working hours", PHRASE),
  WHILE_SHELVED("alarm.while-shelved", "{0} (shelved)", PHRASE),
  WHILE_SUPPRESSED("alarm.while-suppressed", "{0} (suppressed)", PHRASE),
  CHATTERING("alarm.chattering", "{0} (chattering)", PHRASE),
  SUPPRESSED_CHATTERING("alarm.suppressed-chattering", "{0}; suppressed: chattering ({1})", PHRASE, PHRASE),
  CHATTER_POLICY("alarm.chatter-policy", "{0} activations within {1}", COUNT, PHRASE),
  CHATTER_ENDED("alarm.chatter-ended", "chattering ended: quiet for {0}", PHRASE),

  ACKNOWLEDGED("alarm.acknowledged", "acknowledged by {0}", Arg.TEXT),
  SHELVED("alarm.shelved", "shelved by {0} until {1}", Arg.TEXT, INSTANT),
  UNSHELVED("alarm.unshelved", "unshelved by {0}", Arg.TEXT),
  SHELF_EXPIRED("alarm.shelf-expired", "shelf expired (was until {0})", INSTANT),
  SUPPRESSED("alarm.suppressed", "suppressed: {0}", PHRASE),
  SUPPRESSION_LIFTED("alarm.suppression-lifted", "suppression lifted"),

  DURATION_HOURS("alarm.duration.hours", "{0} h", COUNT),
  DURATION_MINUTES("alarm.duration.minutes", "{0} min", COUNT),
  DURATION_SECONDS("alarm.duration.seconds", "{0} s", COUNT),
  ABOUT_MINUTES("alarm.about.minutes", "about {0} min", COUNT),
  ABOUT_HOURS("alarm.about.hours", "about {0} h", COUNT),
  ABOUT_DAYS("alarm.about.days", "about {0} d", COUNT),

  VALUE("alarm.value", "{0} {1}", F1, Arg.TEXT),
  VALUE_WITHOUT_UNIT("alarm.value-without-unit", "{0}", F1),
  ABOVE("alarm.above", "{0} above {1}", PHRASE, PHRASE),
  BELOW("alarm.below", "{0} below {1}", PHRASE, PHRASE),
  WITHIN_DEADBAND("alarm.within-deadband", "{0}, within the deadband of {1}", PHRASE, PHRASE),
  BACK_BELOW("alarm.back-below", "{0}, back below {1}", PHRASE, PHRASE),
  BACK_ABOVE("alarm.back-above", "{0}, back above {1}", PHRASE, PHRASE),
  NO_USABLE_VALUE("alarm.no-usable-value", "no usable value"),
  SETPOINT_PLUS("alarm.setpoint-plus", "{0} {1} + {2}", PHRASE, PHRASE, PHRASE),
  SETPOINT_MINUS("alarm.setpoint-minus", "{0} {1} − {2}", PHRASE, PHRASE, PHRASE),
  NO_SETPOINT("alarm.no-setpoint", "no {0} setpoint", PHRASE),
  SETPOINT_HEATING("alarm.setpoint.heating", "heating"),
  SETPOINT_VENTILATION("alarm.setpoint.ventilation", "ventilation"),
  SIGNAL_BAD("alarm.signal-bad", "signal BAD"),
  SENSOR_BAD("alarm.sensor-bad", "sensor BAD"),
  SENSOR_GOOD_AGAIN("alarm.sensor-good-again", "sensor good again"),

  DRAIN_LEVEL_BAD("alarm.flood.level-bad", "drain level BAD"),
  NO_DRAIN_LEVEL("alarm.flood.no-level", "no drain level within the slope window"),
  DRAIN_TREND_UNKNOWN("alarm.flood.trend-unknown", "drain level {0} mm, trend not known yet", F0),
  DRAIN_STEADY("alarm.flood.steady", "drain level {0} mm steady", F0),
  DRAIN_RISING("alarm.flood.rising", "drain level {0} mm rising {1} mm/h", F0, F0),
  DRAIN_FALLING("alarm.flood.falling", "drain level {0} mm falling {1} mm/h", F0, F0),
  WITH_RAIN("alarm.flood.with-rain", "{0} with rain {1} mm/h", PHRASE, F1),
  WITHOUT_RAIN("alarm.flood.without-rain", "{0} without rain", PHRASE),
  AT_LIMIT("alarm.flood.at-limit", "{0}; at or above the {1} mm limit", PHRASE, F0),
  ABOVE_WARNING("alarm.flood.above-warning", "{0}; above the {1} mm warning level", PHRASE, F0),
  REACHES_LIMIT("alarm.flood.reaches-limit", "{0}; reaches the {1} mm limit in {2}", PHRASE, F0, PHRASE);

  private final String key;
  private final String english;
  private final List<Arg> args;

  AlarmPhrase(String key, String english, Arg... args) {
    this.key = key;
    this.english = english;
    this.args = List.of(args);
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String english() {
    return english;
  }

  @Override
  public List<Arg> args() {
    return args;
  }
}
