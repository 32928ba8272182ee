package org.hortus.model.alarm;

import java.time.Instant;
import java.util.Optional;
import org.hortus.model.control.Because;

/**
 * An alarm as it stands, for lists and summaries.
 *
 * @param alarmId the alarm's id
 * @param source the alarm's source
 * @param description the alarm's description
 * @param priority its priority
 * @param state its ISA-18.2 state
 * @param active whether its condition is active (also while shelved or suppressed)
 * @param since when it entered this state; empty if it never left NORMAL
 * @param shelvedUntil the shelf's expiry while SHELVED
 * @param chattering whether it is chattering now
 * @param message the latest change of its condition, e.g. {@code "GH-01 air temperature 31.2 °C
 *     above 30.0 °C"}
 * @param value the source's latest value (NaN if none)
 * @param title the alarm's description in words the console can translate
 * @param words {@code message} in words the console can translate
 */
public record AlarmSnapshot(
    String alarmId,
    String source,
    String description,
    AlarmPriority priority,
    AlarmState state,
    boolean active,
    Optional<Instant> since,
    Optional<Instant> shelvedUntil,
    boolean chattering,
    String message,
    double value,
    Because title,
    Because words) {}
