package org.hortus.app.ui.trends;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.hortus.app.ui.Messages;

/**
 * Failures of the trends page in words a technician can act on: which thing failed (the
 * database, a file), why in plain terms, and what to try. Texts under {@code trends.error.*}.
 */
final class TrendErrors {

  private final Messages messages;

  TrendErrors(Messages messages) {
    this.messages = messages;
  }

  /** A failure reading or writing the database. */
  String describe(Exception e) {
    if (e instanceof SQLException) {
      return messages.text("trends.error.database", reason(e));
    }
    return messages.text("trends.error.other", reason(e));
  }

  /** A failure while exporting to {@code file}. */
  String describe(Exception e, Path file) {
    if (e instanceof NoSuchFileException) {
      return messages.text("trends.error.folder", file);
    } else if (e instanceof AccessDeniedException) {
      return messages.text("trends.error.permission", file);
    } else if (e instanceof IOException) {
      return messages.text("trends.error.file", file, reason(e));
    }
    return describe(e);
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
