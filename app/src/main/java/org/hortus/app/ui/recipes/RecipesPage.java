package org.hortus.app.ui.recipes;

import impl.org.controlsfx.skin.DecorationPane;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.Permission;
import org.hortus.app.security.RecipeActivation;
import org.hortus.app.security.RecipeActivationService;
import org.hortus.app.security.RecipeSummary;
import org.hortus.app.security.RecipeVersion;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.ConsolePage;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.RecipeDraft;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * The agronomists' recipe page: the stored recipes and who runs which version; the editor of a
 * draft (the chosen version, saved as the next) with validation as you type; the day's setpoint
 * curve of the stage being edited; the draft's changes against the version the chosen greenhouse
 * runs; activation now or from a date, and roll-back. While the draft is valid it is the session's
 * {@link RecipeDraft}, which the what-if page can run.
 *
 * <p>Threads: built and updated on the FX thread; every database call runs on the context's
 * background executor and comes back through its FX executor. Opening the page stores the shipped
 * sample recipes as versions if they are not stored yet (audited under the user's name). Nothing
 * runs on a timer, so stopping has nothing to end.
 */
public final class RecipesPage {

  private final ConsoleContext context;
  private final Messages messages;
  private final RecipeActivationService service;
  private final Park park;
  private final RecipeEditorModel model;
  private final RecipeEditorView editor;
  private final DayCurveChart curve;
  private final DiffPane diff;
  private final ActivationPane activation;
  private final RecipeListPane list;
  private final Label status = new Label();
  private final Label draftState = new Label();
  private final Button save = new Button();
  private final DecorationPane root = new DecorationPane();
  private final boolean mayEdit;
  private List<RecipeSummary> recipes = List.of();
  private List<RecipeActivation> scheduled = List.of();
  private String openRecipeId;
  private Optional<RecipeVersion> running = Optional.empty();
  private boolean seeded;

  private RecipesPage(ConsoleContext context) {
    this.context = context;
    this.messages = context.messages();
    this.service = new RecipeActivationService(context.database(), new AuditLog(context.database()));
    this.park = context.runtime().park();
    this.mayEdit = context.session().role().permits(Permission.EDIT_RECIPE);
    boolean mayActivate = context.session().role().permits(Permission.ACTIVATE_RECIPE);
    LocalDate today = LocalDate.now(park.site().zone());
    model = new RecipeEditorModel(new RecipeProblemTexts(messages));
    editor = new RecipeEditorView(model, messages);
    curve = new DayCurveChart(messages, park.site(), today);
    diff = new DiffPane(messages);
    list = new RecipeListPane(messages, version -> open(openRecipeId, version));
    activation = new ActivationPane(messages, park.greenhouses().stream().map(g -> g.id()).toList(),
        this::describeGreenhouse, today, mayActivate, new ActivationPane.Acts() {
          @Override
          public void activate(String greenhouseId, int version, Optional<LocalDate> from) {
            RecipesPage.this.activate(greenhouseId, version, from);
          }

          @Override
          public void rollback(String greenhouseId, int version) {
            RecipesPage.this.rollback(greenhouseId, version);
          }
        });

    model.validation().addListener((o, was, checked) -> onValidation(checked));
    editor.selectedStageProperty().addListener((o, was, stage) ->
        curve.show(Optional.ofNullable(model.validation().get()).flatMap(DraftValidation::recipe), stage.intValue()));
    list.selected().addListener((o, was, now) -> {
      if (now != null && !now.recipeId().equals(openRecipeId)) {
        open(now.recipeId(), now.latest());
      }
    });
    activation.greenhouse().valueProperty().addListener((o, was, now) -> loadRunning());
    park.greenhouses().stream().findFirst().ifPresent(g -> activation.greenhouse().setValue(g.id()));

    save.setId("recipes-save");
    save.setDisable(true);
    save.setOnAction(e -> save());
    draftState.setId("recipes-draft-state");
    status.setId("recipes-status");
    status.setWrapText(true);
    root.setRoot(layout());
    root.getStyleClass().add("recipes-page");
    root.getStylesheets().add(RecipesPage.class.getResource("/org/hortus/assets/theme/pages/recipes.css").toExternalForm());
    refresh();
  }

  /** Builds the page for a signed-in agronomist. */
  public static ConsolePage build(ConsoleContext context) {
    RecipesPage page = new RecipesPage(context);
    return ConsolePage.of(page.root);
  }

  private BorderPane layout() {
    Label title = new Label(messages.text("recipes.title"));
    title.getStyleClass().add("page-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, spacer, status);
    header.setAlignment(Pos.CENTER_LEFT);
    HBox saveRow = new HBox(10, save, draftState);
    saveRow.setAlignment(Pos.CENTER_LEFT);
    VBox center = new VBox(10, editor.root(), saveRow);
    center.setPadding(new Insets(0, 8, 0, 8));
    VBox right = new VBox(14, curve.root(), diff.root(), activation.root());
    right.setPadding(new Insets(0, 8, 0, 8));
    BorderPane page = new BorderPane();
    page.setTop(header);
    page.setLeft(list.root());
    page.setCenter(scroll(center));
    page.setRight(scroll(right));
    ((Region) list.root()).setPrefWidth(330);
    right.setPrefWidth(430);
    BorderPane.setMargin(header, new Insets(0, 0, 8, 0));
    page.setPadding(new Insets(12, 16, 12, 16));
    return page;
  }

  private static ScrollPane scroll(Region content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("recipes-scroll");
    return scroll;
  }

  /** Seeds the shipped recipes once, then reloads the list and what is scheduled. */
  private void refresh() {
    boolean seed = !seeded && mayEdit;
    seeded = true;
    run(() -> {
      if (seed) {
        service.seedShipped(context.session(), ShippedFiles.sampleRecipeTexts(), Instant.now());
      }
      return new Loaded(service.recipes(context.session()), service.scheduled(context.session(), Instant.now()));
    }, loaded -> {
      recipes = loaded.recipes();
      scheduled = loaded.scheduled();
      if (seed) {
        reopenDraft();
      }
      list.show(recipes, this::runningText, openRecipeId);
      activation.refreshGreenhouses();
      showActivationVersions();
      loadRunning();
    });
  }

  /**
   * Opens the session's unsaved draft, if it has one (the page was rebuilt, e.g. for another
   * language), so no edit is lost.
   */
  private void reopenDraft() {
    Optional<RecipeDraft.Draft> kept = context.draft().current().get();
    if (kept.isEmpty() || recipes.stream().noneMatch(r -> r.recipeId().equals(kept.get().recipeId()))) {
      return;
    }
    try {
      ClimateRecipe draft = org.hortus.model.recipe.RecipeReader.read("draft", kept.get().json());
      openRecipeId = draft.id();
      model.load(kept.get().json(), draft.version());
      editor.showLoaded(messages.text("recipes.editor.draftHeading", draft.id(), draft.version()));
      save.setText(messages.text("recipes.save", draft.version()));
    } catch (org.hortus.model.file.InvalidFileException e) {
      // a draft is only kept while valid; if a rule changed, open the latest version instead
    }
  }

  private record Loaded(List<RecipeSummary> recipes, List<RecipeActivation> scheduled) {}

  /** Opens stored {@code version} of {@code recipeId} as the draft of its next version. */
  private void open(String recipeId, int version) {
    if (recipeId == null) {
      return;
    }
    run(() -> new Opened(service.version(context.session(), recipeId, version).orElseThrow(),
            service.versions(context.session(), recipeId).getLast().version() + 1),
        opened -> {
          openRecipeId = recipeId;
          // Compare with a house whose crop runs this recipe, when the chosen one does not.
          park.greenhouses().stream()
              .filter(g -> g.crop().recipeId().equals(recipeId))
              .findFirst()
              .filter(g -> park.greenhouses().stream().noneMatch(h -> h.id().equals(activation.greenhouse().getValue())
                  && h.crop().recipeId().equals(recipeId)))
              .ifPresent(g -> activation.greenhouse().setValue(g.id()));
          model.load(opened.base().json(), opened.next());
          editor.showLoaded(messages.text("recipes.editor.heading", recipeId, opened.base().version(), opened.next()));
          save.setText(messages.text("recipes.save", opened.next()));
          showActivationVersions();
        });
  }

  private record Opened(RecipeVersion base, int next) {}

  private void onValidation(DraftValidation checked) {
    RecipeDraft draft = context.draft();
    if (checked.valid()) {
      draft.set(new RecipeDraft.Draft(model.recipeId(), checked.json()));
    } else {
      draft.clear();
    }
    save.setDisable(!checked.valid() || !mayEdit);
    draftState.setText(checked.valid() ? messages.text("recipes.draft.valid")
        : messages.text("recipes.draft.invalid", checked.problems().size()));
    draftState.getStyleClass().setAll("label", checked.valid() ? "recipes-good" : "error-text");
    curve.show(checked.recipe(), Math.max(0, editor.selectedStage()));
    showDiff();
  }

  private void save() {
    DraftValidation checked = model.validation().get();
    if (checked == null || !checked.valid()) {
      return;
    }
    String recipeId = model.recipeId();
    run(() -> service.saveVersion(context.session(), checked.json(), Instant.now()), saved -> {
      say(false, messages.text("recipes.saved", recipeId, saved.version()));
      openRecipeId = null;
      open(recipeId, saved.version());
      refresh();
    });
  }

  private void activate(String greenhouseId, int version, Optional<LocalDate> from) {
    String recipeId = openRecipeId;
    Instant effective = from.map(d -> d.atStartOfDay(park.site().zone()).toInstant()).orElse(Instant.now());
    run(() -> {
      RecipeActivation made = service.activate(context.session(), greenhouseId, recipeId, version, effective, Instant.now());
      context.park().applyRecipeActivations();
      return made;
    }, made -> {
      say(false, from.isPresent()
          ? messages.text("recipes.activated.from", recipeId, version, greenhouseId, messages.date(from.get()))
          : messages.text("recipes.activated.now", recipeId, version, greenhouseId));
      refresh();
    });
  }

  private void rollback(String greenhouseId, int version) {
    String recipeId = running.map(RecipeVersion::recipeId).orElse(openRecipeId);
    run(() -> {
      RecipeActivation made = service.rollback(context.session(), greenhouseId, recipeId, version, Instant.now());
      context.park().applyRecipeActivations();
      return made;
    }, made -> {
      say(false, messages.text("recipes.rolledBack", greenhouseId, recipeId, version));
      refresh();
    });
  }

  /** Loads the stored text of the version the chosen greenhouse runs, for the diff. */
  private void loadRunning() {
    String greenhouseId = activation.greenhouse().getValue();
    Optional<ClimateRecipe> runs = greenhouseId == null ? Optional.empty() : context.runtime().recipeOf(greenhouseId);
    if (runs.isEmpty()) {
      running = Optional.empty();
      showDiff();
      return;
    }
    run(() -> service.version(context.session(), runs.get().id(), runs.get().version()), version -> {
      if (greenhouseId.equals(activation.greenhouse().getValue())) {
        running = version;
        activation.showRollbackVersions(recipes.stream().filter(r -> r.recipeId().equals(runs.get().id()))
            .flatMap(r -> r.versions().stream()).filter(v -> v < runs.get().version()).toList());
        showDiff();
      }
    });
  }

  private void showDiff() {
    DraftValidation checked = model.validation().get();
    String greenhouseId = activation.greenhouse().getValue();
    if (running.isEmpty() || greenhouseId == null) {
      diff.clear(messages.text("recipes.diff.noRunning"));
    } else if (checked == null || !checked.valid()) {
      diff.clear(messages.text("recipes.diff.invalid"));
    } else {
      RecipeVersion against = running.get();
      diff.show(messages.text("recipes.diff.title", model.version(), greenhouseId, against.recipeId(), against.version()),
          RecipeDiff.between(against.json(), checked.json()));
    }
  }

  private void showActivationVersions() {
    recipes.stream().filter(r -> r.recipeId().equals(openRecipeId)).findFirst()
        .ifPresent(r -> activation.showVersions(r.recipeId(), r.versions(), r.latest()));
  }

  private String describeGreenhouse(String greenhouseId) {
    return context.runtime().recipeOf(greenhouseId)
        .map(r -> messages.text("recipes.greenhouse.runs", greenhouseId, r.id(), r.version()))
        .orElse(greenhouseId);
  }

  private String runningText(String recipeId) {
    List<String> parts = new ArrayList<>();
    for (var house : park.greenhouses()) {
      context.runtime().recipeOf(house.id()).filter(r -> r.id().equals(recipeId))
          .ifPresent(r -> parts.add(messages.text("recipes.list.runs", house.id(), r.version())));
    }
    for (RecipeActivation next : scheduled) {
      if (next.recipeId().equals(recipeId)) {
        parts.add(messages.text("recipes.list.scheduled", next.greenhouseId(), next.version(),
            messages.date(next.effectiveFrom().atZone(park.site().zone()).toLocalDate())));
      }
    }
    return String.join(", ", parts);
  }

  private void say(boolean error, String text) {
    status.setText(text);
    status.getStyleClass().setAll("label", error ? "error-text" : "recipes-good");
  }

  /** Runs {@code work} in the background and hands its result to {@code done} on the FX thread. */
  private <T> void run(Callable<T> work, Consumer<T> done) {
    CompletableFuture.supplyAsync(() -> {
      try {
        return work.call();
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, context.background()).whenCompleteAsync((result, failure) -> {
      if (failure == null) {
        done.accept(result);
      } else {
        say(true, RecipeErrors.text(messages, failure));
      }
    }, context.fx());
  }
}
