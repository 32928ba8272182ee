package org.hortus.app.schedule;

import java.util.List;
import java.util.stream.Collectors;

/** A schedule the service refused to store, with every problem found; nothing was changed. */
public final class InvalidScheduleException extends IllegalArgumentException {

  private final List<ScheduleProblem> problems;

  public InvalidScheduleException(List<ScheduleProblem> problems) {
    super("invalid schedule: " + problems.stream().map(ScheduleProblem::english).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ScheduleProblem> problems() {
    return problems;
  }
}
