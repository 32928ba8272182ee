package org.hortus.app.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The recipe an agronomist is editing and has not saved, shared between the recipe editor (which
 * sets it while its text is valid) and the what-if page (which can run it). One per signed-in
 * session; read and written on the FX thread only.
 */
public final class RecipeDraft {

  /**
   * A valid, unsaved recipe.
   *
   * @param recipeId the recipe's id, e.g. {@code tomato-truss}
   * @param json the recipe file's text
   */
  public record Draft(String recipeId, String json) {}

  private final ReadOnlyObjectWrapper<Optional<Draft>> current = new ReadOnlyObjectWrapper<>(Optional.empty());

  /** The draft now, if the editor holds a valid one. */
  public ReadOnlyObjectProperty<Optional<Draft>> current() {
    return current.getReadOnlyProperty();
  }

  public void set(Draft draft) {
    current.set(Optional.of(draft));
  }

  public void clear() {
    current.set(Optional.empty());
  }
}
