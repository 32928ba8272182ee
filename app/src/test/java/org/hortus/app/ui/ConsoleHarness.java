package org.hortus.app.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.AuthService;
import org.hortus.app.security.LockoutPolicy;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserService;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.Database;

/**
 * The console's back end for UI tests: the simulated demo park at 60× behind its real servers,
 * the headless park (runtime, history, alarms) on a temporary database, and three users:
 * {@code ada} (administrator), {@code tom} (technician), {@code amy} (agronomist), {@code vic} (viewer). Passwords are hashed
 * with few iterations so tests stay quick; sign-in checks them the same way.
 */
public final class ConsoleHarness implements AutoCloseable {

  public static final String PASSWORD = "greenhouse password 1";

  public final SimulatedPark simulated;
  public final HeadlessPark park;
  public final Messages messages = new Messages(Locale.ENGLISH);
  public final ExecutorService background = Executors.newFixedThreadPool(2);

  public ConsoleHarness(Path folder) throws Exception {
    simulated = SimulatedPark.start("127.0.0.1", 0, 0, 60);
    park = HeadlessPark.start(simulated.park(), ShippedFiles.sampleRecipes(), DemoParkBindings.of(simulated),
        Database.fileUrl(folder.resolve("hortus")), folder, Duration.ofMillis(500));
    PasswordHasher quick = new PasswordHasher(1_000);
    AuditLog audit = new AuditLog(park.database());
    AuthService auth = new AuthService(park.database(), audit, quick, LockoutPolicy.DEFAULT);
    auth.ensureAdministrator("ada", PASSWORD.toCharArray(), Instant.now());
    Session ada = auth.login("ada", PASSWORD.toCharArray(), Instant.now());
    UserService users = new UserService(park.database(), audit, quick);
    users.addUser(ada, "tom", Role.TECHNICIAN, PASSWORD.toCharArray(), Instant.now());
    users.addUser(ada, "amy", Role.AGRONOMIST, PASSWORD.toCharArray(), Instant.now());
    users.addUser(ada, "vic", Role.VIEWER, PASSWORD.toCharArray(), Instant.now());
  }

  /** A context for a user already signed in (for page tests that skip the login form). */
  public ConsoleContext context(String user, Role role) {
    return new ConsoleContext(park, Optional.of(simulated), new Session(user, role), messages, Platform::runLater, background);
  }

  @Override
  public void close() {
    background.shutdownNow();
    park.close();
    simulated.close();
  }
}
