package org.hortus.app.ui.recipes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;

/**
 * The recipe editor's draft: a stored version opened as the next version, its fields as typed, and
 * its validation, redone on every change. The recipe file's own reader ({@link RecipeReader}) is
 * the judge, so the editor and the file reader always agree; before it, each field's own check
 * (empty, not a number) gives a plainer message at the field. Uses JavaFX properties but no
 * toolkit: testable without a screen. FX thread only.
 */
final class RecipeEditorModel {

  private static final String MISSING = "missing required field \"";

  private final RecipeProblemTexts texts;
  private final FormFields recipe = new FormFields(FieldSpec.RECIPE);
  private final ObservableList<StageForm> stages =
      FXCollections.observableArrayList(stage -> stage.observables().toArray(Observable[]::new));
  private final ReadOnlyObjectWrapper<DraftValidation> validation = new ReadOnlyObjectWrapper<>();
  private String recipeId = "";
  private int version = 1;
  private boolean loading;

  RecipeEditorModel(RecipeProblemTexts texts) {
    this.texts = texts;
    InvalidationListener changed = o -> {
      if (!loading) {
        revalidate();
      }
    };
    recipe.observables().forEach(o -> o.addListener(changed));
    stages.addListener(changed);
  }

  /** Opens a stored version's text as the draft of {@code draftVersion}. */
  void load(String json, int draftVersion) {
    loading = true;
    try {
      RecipeDraftForms forms = RecipeForms.read(json);
      recipeId = forms.recipeId();
      version = draftVersion;
      recipe.copyFrom(forms.recipe());
      stages.setAll(forms.stages());
    } finally {
      loading = false;
    }
    revalidate();
  }

  String recipeId() {
    return recipeId;
  }

  /** The version the draft declares: the next one to save. */
  int version() {
    return version;
  }

  FormFields recipe() {
    return recipe;
  }

  /** The stages; the list reports a change of any field of any stage or period. */
  ObservableList<StageForm> stages() {
    return stages;
  }

  ReadOnlyObjectProperty<DraftValidation> validation() {
    return validation.getReadOnlyProperty();
  }

  /** Adds a copy of stage {@code index} after the last stage, to be given its own days. */
  int addStage(int index, String name) {
    StageForm copy = stages.get(index).copy(name);
    copy.text("fromDay").set("");
    copy.text("untilDay").set("");
    stages.add(copy);
    return stages.size() - 1;
  }

  void removeStage(int index) {
    if (stages.size() > 1) {
      stages.remove(index);
    }
  }

  /** Adds a copy of period {@code index} of stage {@code stage}, to be given its own start. */
  int addPeriod(int stage, int index, String name) {
    ObservableList<PeriodForm> periods = stages.get(stage).periods();
    PeriodForm copy = periods.get(index).copy(name);
    copy.text("start").set("");
    periods.add(index + 1, copy);
    return index + 1;
  }

  void removePeriod(int stage, int index) {
    ObservableList<PeriodForm> periods = stages.get(stage).periods();
    if (periods.size() > 1) {
      periods.remove(index);
    }
  }

  /** Writes the draft, checks it, and publishes the result. */
  void revalidate() {
    String json = RecipeForms.write(recipeId, version, recipe, stages);
    Map<FieldKey, String> problems = new LinkedHashMap<>();
    check(recipe, -1, -1, problems);
    for (int s = 0; s < stages.size(); s++) {
      check(stages.get(s), s, -1, problems);
      List<PeriodForm> periods = stages.get(s).periods();
      for (int p = 0; p < periods.size(); p++) {
        check(periods.get(p), s, p, problems);
      }
    }
    Optional<ClimateRecipe> read = Optional.empty();
    try {
      read = Optional.of(RecipeReader.read("draft", json));
    } catch (InvalidFileException e) {
      for (Problem problem : e.problems()) {
        FieldKey key = FieldKey.ofJsonPath(problem.jsonPath());
        if (problem.rule().startsWith(MISSING)) {
          String name = problem.rule().substring(MISSING.length(), problem.rule().length() - 1);
          key = new FieldKey(key.stage(), key.period(), key.field().isEmpty() ? name : key.field() + "." + name);
        }
        problems.putIfAbsent(key, texts.text(problem.rule()));
      }
    }
    validation.set(new DraftValidation(json, read, problems));
  }

  /** A field's own checks, which the reader would word less plainly. */
  private void check(FormFields form, int stage, int period, Map<FieldKey, String> problems) {
    for (FieldSpec spec : form.specs()) {
      if (form instanceof PeriodForm p && !p.uses(spec.name())) {
        continue;
      }
      String text = form.value(spec.name());
      FieldKey key = new FieldKey(stage, period, spec.name());
      boolean numeric = spec.kind() == FieldSpec.Kind.NUMBER || spec.kind() == FieldSpec.Kind.WHOLE_NUMBER;
      if (text.isEmpty() && !spec.optional()) {
        problems.put(key, texts.localText("recipes.rule.required"));
      } else if (numeric && !text.isEmpty() && !RecipeForms.isNumber(text)) {
        problems.put(key, texts.localText(spec.kind() == FieldSpec.Kind.NUMBER
            ? "recipes.rule.number" : "recipes.rule.wholeNumber"));
      }
    }
  }
}
