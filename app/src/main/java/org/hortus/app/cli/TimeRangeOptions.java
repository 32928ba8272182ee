package org.hortus.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code --from}/{@code --to} pair of the history and alarm commands: parsed and checked once. */
record TimeRangeOptions(Instant from, Instant to) {

  /**
   * Parses each of an ISO instant ({@code 2026-11-30T06:00:00Z}) or a local date ({@code
   * 2026-11-30}, its midnight in this computer's zone); prints the problem and returns empty when
   * either is malformed or the range is not forward.
   */
  static Optional<TimeRangeOptions> parse(String from, String to, PrintWriter err) {
    Instant start;
    Instant end;
    try {
      start = instant(from);
      end = instant(to);
    } catch (DateTimeParseException e) {
      err.println("--from/--to must be an instant like 2026-11-30T06:00:00Z or a date like 2026-11-30: " + e.getParsedString());
      err.flush();
      return Optional.empty();
    }
    if (!end.isAfter(start)) {
      err.println("--to " + to + " must be after --from " + from);
      err.flush();
      return Optional.empty();
    }
    return Optional.of(new TimeRangeOptions(start, end));
  }

  /** An ISO instant, or a local date as its midnight in this computer's zone. */
  static Instant instant(String text) {
    return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant() : Instant.parse(text);
  }
}
