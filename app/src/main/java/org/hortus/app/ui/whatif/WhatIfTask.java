package org.hortus.app.ui.whatif;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.concurrent.Task;
import org.hortus.app.security.Session;
import org.hortus.app.sim.ActiveRecipe;
import org.hortus.app.sim.WhatIfComparison;
import org.hortus.app.sim.WhatIfService;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * One what-if run as an FX task: reads the candidate recipe, looks up the recipe the house runs
 * now on the shared background executor (database), then simulates both on the page's own threads
 * (the task's and the {@code fork}). Progress is the fraction of simulated time done; {@link
 * #cancel} stops the simulation within a simulated hour, and a cancelled task has no value.
 */
final class WhatIfTask extends Task<WhatIfOutcome> {

  /** What to run, as the form holds it when Run is pressed. */
  record Input(Session session, Park park, Greenhouse house, RecipeChoice candidate, LocalDate from, int days) {}

  private final Input input;
  private final CompletableFuture<WhatIfService> service;
  private final Executor background;
  private final Executor fork;

  /**
   * @param service made on the background executor (it reads the shipped recipes)
   * @param background the console's executor for database work
   * @param fork runs the candidate's half of the simulation
   */
  WhatIfTask(Input input, CompletableFuture<WhatIfService> service, Executor background, Executor fork) {
    this.input = input;
    this.service = service;
    this.background = background;
    this.fork = fork;
  }

  @Override
  protected WhatIfOutcome call() throws Exception {
    updateProgress(-1, 1);
    ClimateRecipe candidate = input.candidate().read();
    WhatIfService whatIf = unwrap(service);
    ActiveRecipe active = unwrap(CompletableFuture.supplyAsync(() -> {
      try {
        return whatIf.active(input.session(), input.house());
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, background));
    var request = new WhatIfComparison.Request(
        input.park(), input.house(), candidate, active.recipe(), input.from(), input.days());
    updateProgress(0, 1);
    var result = whatIf.compare(input.session(), request, new WhatIfComparison.Monitor() {
      @Override
      public boolean cancelled() {
        return isCancelled();
      }

      @Override
      public void progress(double fractionDone) {
        updateProgress(fractionDone, 1);
      }
    }, fork);
    return new WhatIfOutcome(result, active);
  }

  /** Waits for {@code future}; its failure is thrown as it was raised. */
  private static <T> T unwrap(CompletableFuture<T> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw e;
    }
  }
}
