package org.hortus.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hortus.app.park.ParkSummary;
import org.hortus.app.security.UserRuleException;
import org.hortus.app.security.UserRules;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;

/**
 * The first run's words: rule violations and failures say what is wrong in the reader's language
 * (the services' English messages never reach the screen except as the detail of an unexpected
 * failure). A park file's problems are listed as the reader reports them, {@code
 * file:line:column: path: rule}, under a header in the reader's language.
 */
final class FirstRunTexts {

  /** What the first run was doing when it failed. */
  enum Step {
    IMPORT,
    START,
    ADMINISTRATOR
  }

  /** More problems than this are counted, not listed. */
  static final int LISTED_PROBLEMS = 20;

  private final Messages messages;

  FirstRunTexts(Messages messages) {
    this.messages = messages;
  }

  String text(String key, Object... args) {
    return messages.text(key, args);
  }

  String usernameProblem(String name, boolean attempted) {
    if (name.isEmpty()) {
      return attempted ? text("firstrun.error.name.empty") : "";
    }
    return UserRules.usernameViolation(name).map(v -> violation(v, 0)).orElse("");
  }

  String passwordProblem(String name, String password, boolean attempted) {
    if (password.isEmpty() && !attempted) {
      return "";
    }
    return UserRules.passwordViolation(name, password.toCharArray()).map(v -> violation(v, password.length())).orElse("");
  }

  String violation(UserRules.Violation violation, int passwordLength) {
    return switch (violation) {
      case USERNAME_FORMAT -> text("firstrun.error.name.format");
      case PASSWORD_LENGTH ->
          text("firstrun.error.password.length", UserRules.MIN_PASSWORD_LENGTH, UserRules.MAX_PASSWORD_LENGTH, passwordLength);
      case PASSWORD_IS_USERNAME -> text("firstrun.error.password.name");
      case USERNAME_TAKEN, UNKNOWN_USER -> text("firstrun.error.other", violation.name());
    };
  }

  String summary(ParkSummary summary) {
    return text("firstrun.park.summary", summary.name(), summary.greenhouses(), summary.devices(), summary.points());
  }

  /** A header naming the file and the count, then one problem per line. */
  String problems(Path file, InvalidFileException e) {
    int count = e.problems().size();
    StringBuilder shown = new StringBuilder(text("firstrun.park.problems", file.getFileName().toString(), count));
    shown.append('\n').append(e.problems().stream().limit(LISTED_PROBLEMS).map(Problem::message).collect(Collectors.joining("\n")));
    if (count > LISTED_PROBLEMS) {
      shown.append('\n').append(text("firstrun.park.more", count - LISTED_PROBLEMS));
    }
    return shown.toString();
  }

  /** A failure of the background work, for the status line. */
  String failure(Step step, Exception e, int passwordLength, Path dataFolder) {
    if (e instanceof UserRuleException rule) {
      return violation(rule.violation(), passwordLength);
    }
    return switch (step) {
      case IMPORT -> e instanceof IOException
          ? text("firstrun.error.import", dataFolder.toString(), detail(e))
          : text("firstrun.error.other", detail(e));
      case START -> text("firstrun.error.start", detail(e));
      case ADMINISTRATOR -> e instanceof SQLException
          ? text("firstrun.error.database", detail(e))
          : text("firstrun.error.other", detail(e));
    };
  }

  private static String detail(Exception e) {
    return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
  }
}
