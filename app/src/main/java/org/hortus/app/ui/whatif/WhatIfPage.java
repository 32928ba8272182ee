package org.hortus.app.ui.whatif;

import impl.org.controlsfx.skin.DecorationPane;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.security.Permission;
import org.hortus.app.security.RecipeVersion;
import org.hortus.app.sim.ActiveRecipe;
import org.hortus.app.sim.WhatIfComparison;
import org.hortus.app.sim.WhatIfService;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.ConsolePage;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.RecipeDraft;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * The what-if page: an agronomist runs a recipe (the editor's draft, a stored version or a shipped
 * sample) on the simulator for one greenhouse and a period, beside the recipe the house runs now
 * on the same weather, and compares KPIs and climate curves.
 *
 * <p>Threads: built and driven on the FX thread. Recipe lists and the active recipe are read on
 * the console's background executor; a run goes on this page's own two daemon threads ({@code
 * what-if-N}: the task and the candidate's half), so a year's simulation never holds up the other
 * pages' database work. {@link #stop} cancels a run and ends those threads.
 */
public final class WhatIfPage {

  private static final String STYLESHEET = "/org/hortus/assets/theme/pages/whatif.css";

  private final ConsoleContext context;
  private final Messages messages;
  private final ZoneId zone;
  private final Park park;
  private final WhatIfViewModel model;
  private final WhatIfForm form;
  private final KpiTable kpis;
  private final CurveCharts charts;
  private final Label heading = new Label();
  private final Label baseline = new Label();
  private final VBox results;
  private final DecorationPane root = new DecorationPane();
  private final ExecutorService runs;
  private final CompletableFuture<WhatIfService> service;
  private final ChangeListener<Optional<RecipeDraft.Draft>> draftListener;
  private List<RecipeVersion> stored = List.of();
  private Map<String, ClimateRecipe> shipped = Map.of();
  private WhatIfTask task;

  private WhatIfPage(ConsoleContext context) {
    this.context = context;
    this.messages = context.messages();
    this.park = context.runtime().park();
    this.zone = park.site().zone();
    this.model = new WhatIfViewModel(messages);
    this.form = new WhatIfForm(messages, zone, model, park.greenhouses(), LocalDate.now(zone));
    this.kpis = new KpiTable(messages);
    this.charts = new CurveCharts(messages);
    this.runs = Executors.newFixedThreadPool(2, threads());
    this.service = CompletableFuture.supplyAsync(() -> {
      try {
        return new WhatIfService(context.database());
      } catch (InvalidFileException e) {
        throw new CompletionException(e);
      }
    }, context.background());

    heading.setId("whatif-heading");
    heading.getStyleClass().add("section-title");
    heading.setWrapText(true);
    baseline.setId("whatif-baseline");
    baseline.setWrapText(true);
    baseline.getStyleClass().add("whatif-muted");
    Label weather = new Label(messages.text("whatif.results.weather", String.valueOf(WhatIfComparison.SEED)));
    weather.getStyleClass().add("whatif-muted");
    weather.setWrapText(true);
    results = new VBox(8, heading, baseline, weather, kpis.root(), charts.root());
    results.setId("whatif-results");
    showResults(false);

    Label title = new Label(messages.text("whatif.title"));
    title.getStyleClass().add("page-title");
    Label intro = new Label(messages.text("whatif.intro"));
    intro.setWrapText(true);
    intro.getStyleClass().add("whatif-muted");
    VBox page = new VBox(12, title, intro, form.root(), results);
    page.setPadding(new Insets(12, 16, 12, 16));
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("whatif-scroll");
    root.setRoot(scroll);
    root.getStyleClass().add("whatif-page");
    root.getStylesheets().add(Objects.requireNonNull(WhatIfPage.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());

    form.run.setOnAction(e -> run());
    form.cancel.setOnAction(e -> cancel());
    form.recipe.setOnShowing(e -> loadChoices());
    form.greenhouse.valueProperty().subscribe(this::lookUpActive);
    draftListener = (property, before, now) -> offer(now);
    context.draft().current().addListener(draftListener);
    if (!context.session().role().permits(Permission.RUN_WHAT_IF)) {
      form.run.disableProperty().unbind();
      form.run.setDisable(true);
      status(messages.text("whatif.status.denied"));
    } else {
      status(messages.text("whatif.status.ready"));
    }
    form.greenhouse.setValue(park.greenhouses().getFirst());
    loadChoices();
  }

  /** The page for the console's main window. */
  public static ConsolePage build(ConsoleContext context) {
    WhatIfPage page = new WhatIfPage(context);
    return ConsolePage.of(page.root(), page::stop);
  }

  public Parent root() {
    return root;
  }

  /** Cancels a running what-if and ends the page's threads; the page is not used again. */
  public void stop() {
    context.draft().current().removeListener(draftListener);
    if (task != null) {
      task.cancel();
    }
    runs.shutdownNow();
  }

  private void run() {
    Optional<LocalDate> from = model.from();
    var days = model.days();
    Greenhouse house = model.greenhouse().get();
    RecipeChoice candidate = model.recipe().get();
    if (!model.canRun().get() || from.isEmpty() || days.isEmpty()) {
      return;
    }
    showResults(false);
    kpis.clear();
    charts.clear();
    var input = new WhatIfTask.Input(context.session(), park, house, candidate, from.get(), days.getAsInt());
    WhatIfTask started = new WhatIfTask(input, service, context.background(), runs);
    task = started;
    started.setOnSucceeded(e -> finished(started, () -> show(started.getValue())));
    started.setOnCancelled(e -> finished(started, () -> status(messages.text("whatif.status.cancelled"))));
    started.setOnFailed(e -> finished(started, () -> status(describe(started.getException()))));
    form.progress.progressProperty().bind(started.progressProperty());
    model.running().set(true);
    status(messages.text("whatif.status.running", house.id(), candidate.recipeId(), model.periodText().orElse("")));
    try {
      runs.execute(started);
    } catch (RejectedExecutionException e) {
      finished(started, () -> status(describe(e)));
    }
  }

  private void cancel() {
    if (task != null) {
      task.cancel();
    }
  }

  /** Ends the run {@code done}, if it is still the page's run: the bar keeps where it stopped. */
  private void finished(WhatIfTask done, Runnable then) {
    if (done != task) {
      return;
    }
    form.progress.progressProperty().unbind();
    model.running().set(false);
    task = null;
    then.run();
  }

  private void show(WhatIfOutcome outcome) {
    var result = outcome.result();
    var request = result.request();
    heading.setText(messages.text("whatif.results.heading", request.house().id(),
        model.periodTextOf(request.from(), request.days()),
        result.candidate().recipe().id(), String.valueOf(result.candidate().recipe().version()),
        result.active().recipe().id(), String.valueOf(result.active().recipe().version())));
    baseline.setText(baselineText(outcome.active()));
    kpis.show(KpiRow.of(messages, result.candidate().kpi(), result.active().kpi()));
    charts.show(result);
    showResults(true);
    status(messages.text("whatif.status.done", request.house().id(), model.periodTextOf(request.from(), request.days())));
  }

  private void showResults(boolean shown) {
    results.setVisible(shown);
    results.setManaged(shown);
  }

  private String baselineText(ActiveRecipe active) {
    ClimateRecipe recipe = active.recipe();
    return active.activation()
        .map(a -> messages.text("whatif.active.activated", recipe.id(), String.valueOf(recipe.version()),
            a.activatedBy(), messages.dateTime(a.activatedAt(), zone)))
        .orElseGet(() -> messages.text("whatif.active.starting", recipe.id(), String.valueOf(recipe.version())));
  }

  /** Shows, under the recipe chooser, what the chosen house will be compared with. */
  private void lookUpActive(Greenhouse house) {
    if (house == null) {
      return;
    }
    form.active.setText(messages.text("whatif.active.loading", house.id()));
    service.thenApplyAsync(s -> {
      try {
        return s.active(context.session(), house);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, context.background()).whenComplete((active, failure) -> context.fx().execute(() -> {
      if (house != form.greenhouse.getValue()) {
        return; // another house was chosen meanwhile
      }
      form.active.setText(failure == null ? baselineText(active) : describe(failure));
    }));
  }

  /** Reads the stored versions on the background executor, then lists every recipe to try. */
  private void loadChoices() {
    Optional<RecipeDraft.Draft> draft = context.draft().current().get();
    List<String> draftId = draft.map(d -> List.of(d.recipeId())).orElse(List.of());
    service.thenApplyAsync(s -> {
      try {
        return new Loaded(s.storedVersions(context.session(), park, draftId), s.shippedRecipes());
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, context.background()).whenComplete((loaded, failure) -> context.fx().execute(() -> {
      if (failure != null) {
        if (form.recipe.getItems().isEmpty()) {
          status(describe(failure));
        }
        return;
      }
      stored = loaded.stored();
      shipped = loaded.shipped();
      offer(context.draft().current().get());
    }));
  }

  private record Loaded(List<RecipeVersion> stored, Map<String, ClimateRecipe> shipped) {}

  /**
   * Lists the recipes to try with {@code draft} first; keeps the choice if it is still listed,
   * else chooses the draft, or the newest stored version or sample of the house's crop recipe.
   */
  private void offer(Optional<RecipeDraft.Draft> draft) {
    RecipeChoice chosen = form.recipe.getValue();
    List<RecipeChoice> choices = RecipeChoice.list(draft, stored, shipped);
    if (!form.recipe.getItems().equals(choices)) {
      form.recipe.getItems().setAll(choices); // not while the list is open, unless it changed
    }
    if (chosen instanceof RecipeChoice.Draft || chosen == null || !choices.contains(chosen)) {
      form.recipe.setValue(preferred(choices));
    } else {
      form.recipe.setValue(chosen);
    }
  }

  private RecipeChoice preferred(List<RecipeChoice> choices) {
    if (choices.isEmpty()) {
      return null;
    }
    if (choices.getFirst() instanceof RecipeChoice.Draft) {
      return choices.getFirst();
    }
    Greenhouse house = form.greenhouse.getValue();
    String own = house == null ? null : house.crop().recipeId();
    return choices.stream().filter(c -> c.recipeId().equals(own)).findFirst().orElse(choices.getFirst());
  }

  private String describe(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return switch (cause) {
      case AccessDeniedException denied -> messages.text("whatif.status.denied");
      case InvalidFileException invalid -> messages.text("whatif.status.recipeInvalid", invalid.getMessage());
      default -> messages.text("whatif.status.failed", String.valueOf(cause.getMessage()));
    };
  }

  private void status(String text) {
    form.status.setText(text);
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "what-if-" + count.incrementAndGet());
      t.setDaemon(true);
      t.setPriority(Thread.NORM_PRIORITY - 1); // the FX thread and the control scan come first
      return t;
    };
  }
}
