package org.hortus.model.file;

import java.util.List;
import java.util.stream.Collectors;

/** A park or recipe file that breaks one or more rules; nothing of it was applied. */
public final class InvalidFileException extends Exception {

  private final transient List<Problem> problems;

  public InvalidFileException(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
