package org.hortus.app.ui.whatif;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hortus.app.security.RecipeVersion;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.RecipeDraft;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;

/** A recipe the what-if can try: the editor's unsaved draft, a stored version or a shipped sample. */
sealed interface RecipeChoice {

  String recipeId();

  /** The recipe itself; a draft or stored text is read (and checked) again. */
  ClimateRecipe read() throws InvalidFileException;

  /** How the recipe chooser names it. */
  String label(Messages messages, ZoneId zone);

  /** The recipe editor's valid, unsaved text. */
  record Draft(RecipeDraft.Draft draft) implements RecipeChoice {
    @Override
    public String recipeId() {
      return draft.recipeId();
    }

    @Override
    public ClimateRecipe read() throws InvalidFileException {
      return RecipeReader.read(draft.recipeId() + " (draft)", draft.json());
    }

    @Override
    public String label(Messages messages, ZoneId zone) {
      return messages.text("whatif.recipe.draft", draft.recipeId());
    }
  }

  /** A version saved in the database. */
  record Stored(RecipeVersion version) implements RecipeChoice {
    @Override
    public String recipeId() {
      return version.recipeId();
    }

    @Override
    public ClimateRecipe read() throws InvalidFileException {
      return RecipeReader.read(version.recipeId() + "-v" + version.version() + ".json", version.json());
    }

    @Override
    public String label(Messages messages, ZoneId zone) {
      return messages.text("whatif.recipe.stored", version.recipeId(), String.valueOf(version.version()),
          version.savedBy(), messages.dateTime(version.savedAt(), zone));
    }
  }

  /** A sample recipe shipped with Hortus, as the park starts its houses on. */
  record Shipped(ClimateRecipe recipe) implements RecipeChoice {
    @Override
    public String recipeId() {
      return recipe.id();
    }

    @Override
    public ClimateRecipe read() {
      return recipe;
    }

    @Override
    public String label(Messages messages, ZoneId zone) {
      return messages.text("whatif.recipe.shipped", recipe.id(), String.valueOf(recipe.version()));
    }
  }

  /**
   * The chooser's list: the draft first, then per recipe its stored versions newest first and its
   * shipped sample.
   */
  static List<RecipeChoice> list(
      Optional<RecipeDraft.Draft> draft, List<RecipeVersion> stored, Map<String, ClimateRecipe> shipped) {
    List<RecipeChoice> choices = new ArrayList<>();
    draft.ifPresent(d -> choices.add(new Draft(d)));
    List<String> ids = new ArrayList<>(shipped.keySet());
    stored.stream().map(RecipeVersion::recipeId).filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
    for (String id : ids) {
      stored.stream()
          .filter(v -> v.recipeId().equals(id))
          .sorted(Comparator.comparingInt(RecipeVersion::version).reversed())
          .forEach(v -> choices.add(new Stored(v)));
      if (shipped.containsKey(id)) {
        choices.add(new Shipped(shipped.get(id)));
      }
    }
    return choices;
  }
}
