package org.hortus.app.ui;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.hortus.app.alarm.AlarmService;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.history.TrendQuery;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.app.security.OverrideService;
import org.hortus.app.security.Session;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.Database;

/**
 * What every view of the console works with: the running park (runtime, alarms, history), the
 * signed-in user, the texts, the FX executor for updates and a background executor for I/O. The
 * views read devices and the database only through the background executor, never on the FX
 * thread.
 *
 * @param park the headless park the console shows and drives
 * @param simulated the simulated demo park, when the console runs it
 * @param session who is signed in (role checks happen in the services)
 * @param messages the texts
 * @param fx runs UI updates on the FX thread ({@code Platform::runLater}; a queue in tests)
 * @param background runs database and device work off the FX thread
 * @param draft the unsaved recipe the editor holds, which the what-if page can run
 */
public record ConsoleContext(
    HeadlessPark park,
    Optional<SimulatedPark> simulated,
    Session session,
    Messages messages,
    Executor fx,
    ExecutorService background,
    RecipeDraft draft) {

  public ConsoleContext(HeadlessPark park, Optional<SimulatedPark> simulated, Session session, Messages messages,
      Executor fx, ExecutorService background) {
    this(park, simulated, session, messages, fx, background, new RecipeDraft());
  }

  /** The same context speaking another language (the shell rebuilds the window with it). */
  public ConsoleContext withMessages(Messages other) {
    return new ConsoleContext(park, simulated, session, other, fx, background, draft);
  }

  public ParkRuntime runtime() {
    return park.runtime();
  }

  public AlarmService alarms() {
    return park.alarms();
  }

  public Database database() {
    return park.database();
  }

  public TrendQuery trends() {
    return new TrendQuery(park.database());
  }

  public OverrideService overrides() {
    return new OverrideService(new AuditLog(park.database()));
  }

  public String text(String key, Object... args) {
    return messages.text(key, args);
  }
}
