package org.hortus.model.sun;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * The sun's day at a site for one local calendar date: an ordinary day with sunrise and sunset, or,
 * beyond the polar circles, a day on which the sun never sets or never rises. Times are in the
 * site's zone. Sunrise and sunset are those on either side of the solar noon that falls on the
 * date; far north in summer the sunset can therefore fall just after midnight, on the next date
 * (Fairbanks on 21 June sets at about 00:48 on the 22nd).
 */
public sealed interface SunDay {

  /** The moment the sun crosses the meridian (hour angle zero) on this date. */
  ZonedDateTime solarNoon();

  /** How long the sun's upper limb is above the apparent horizon. */
  Duration daylight();

  /** A day with a sunrise and a sunset. */
  record Normal(ZonedDateTime sunrise, ZonedDateTime solarNoon, ZonedDateTime sunset)
      implements SunDay {
    @Override
    public Duration daylight() {
      return Duration.between(sunrise, sunset);
    }
  }

  /** The sun stays above the horizon all day (midnight sun). */
  record PolarDay(ZonedDateTime solarNoon) implements SunDay {
    @Override
    public Duration daylight() {
      return Duration.ofHours(24);
    }
  }

  /** The sun stays below the horizon all day. */
  record PolarNight(ZonedDateTime solarNoon) implements SunDay {
    @Override
    public Duration daylight() {
      return Duration.ZERO;
    }
  }
}
