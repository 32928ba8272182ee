package org.hortus.app.ui.recipes;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.ui.Messages;
import org.hortus.model.file.InvalidFileException;

/**
 * A failure of a recipe act in the console's language. The services word their refusals in
 * English; the ones this page expects are matched to message keys, anything else is shown as
 * {@code recipes.error.other} with its detail.
 */
final class RecipeErrors {

  private RecipeErrors() {}

  static String text(Messages messages, Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return switch (cause) {
      case AccessDeniedException denied -> messages.text("recipes.error.denied");
      case InvalidFileException invalid -> messages.text("recipes.error.invalid");
      case SQLException database -> messages.text("recipes.error.database", detail);
      case IllegalArgumentException refused when detail.contains("is already saved") ->
          messages.text("recipes.error.versionExists");
      case IllegalArgumentException refused when detail.contains("is not earlier") ->
          messages.text("recipes.error.notEarlier");
      case IllegalArgumentException refused when detail.startsWith("no stored recipe") ->
          messages.text("recipes.error.notStored");
      default -> messages.text("recipes.error.other", detail);
    };
  }
}
