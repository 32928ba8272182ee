package org.hortus.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.security.AuthService;
import org.hortus.app.security.Authorizer;
import org.hortus.app.security.LockoutPolicy;
import org.hortus.app.security.LoginFailedException;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Permission;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserAccount;
import org.hortus.app.security.UserService;
import org.hortus.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code hortus users …}: the first administrator, adding and listing users. Passwords never come
 * from the command line: they are read from an environment variable or, when it is unset, from
 * standard input (one per line; without echo on a terminal). Exit codes: 0 done, 1 failed, 2 usage,
 * 3 refused (login failed or not permitted).
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Create the first administrator, add and list users (docs/security.md).",
    subcommands = {UsersCommand.Init.class, UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand {

  /** Exit code when a login or a permission was refused. */
  static final int REFUSED = 3;

  /** {@code hortus users init --admin NAME}: creates the administrator on a database with none. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description =
          "Create the administrator on the first run; password from HORTUS_ADMIN_PASSWORD"
              + " or stdin.")
  static final class Init extends DatabaseCommand {

    @Option(names = "--admin", required = true, paramLabel = "NAME", description = "User name.")
    String admin;

    @Override
    int run(Database db, Secrets secrets) throws Exception {
      char[] password = secrets.read("HORTUS_ADMIN_PASSWORD", "password for " + admin);
      AuthService auth = auth(db, new AuditLog(db));
      if (!auth.ensureAdministrator(admin, password, Instant.now())) {
        err().println("users already exist: init only creates the first administrator");
        return 1;
      }
      out().printf("administrator %s created%n", admin);
      return 0;
    }
  }

  /** {@code hortus users add NAME --role ROLE --as ADMIN}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add a user. The acting user's password comes from HORTUS_PASSWORD, the new user's from"
              + " HORTUS_NEW_PASSWORD; either, when unset, from the next line of stdin.")
  static final class Add extends DatabaseCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The new user's name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        converter = RoleConverter.class,
        description = "viewer, technician, agronomist or administrator.")
    Role role;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who adds them.")
    String actingUser;

    @Override
    int run(Database db, Secrets secrets) throws Exception {
      AuditLog audit = new AuditLog(db);
      Session session = login(db, audit, secrets, actingUser);
      Authorizer.require(session, Permission.MANAGE_USERS); // before asking for a password
      char[] password = secrets.read("HORTUS_NEW_PASSWORD", "password for " + name);
      new UserService(db, audit, new PasswordHasher())
          .addUser(session, name, role, password, Instant.now());
      out().printf("user %s added as %s%n", name, role.label());
      return 0;
    }
  }

  /** {@code hortus users list --as ADMIN}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "List users (needs the right to manage users; password from HORTUS_PASSWORD"
              + " or stdin).")
  static final class ListUsers extends DatabaseCommand {

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who asks.")
    String actingUser;

    @Override
    int run(Database db, Secrets secrets) throws Exception {
      AuditLog audit = new AuditLog(db);
      Session session = login(db, audit, secrets, actingUser);
      Instant now = Instant.now();
      out().printf("%-24s %-14s %s%n", "USER", "ROLE", "STATE");
      for (UserAccount user : new UserService(db, audit, new PasswordHasher()).list(session)) {
        String state =
            user.disabled()
                ? "disabled"
                : user.lockedAt(now)
                    ? "locked until " + user.lockedUntil().orElseThrow()
                    : "active";
        out().printf("%-24s %-14s %s%n", user.username(), user.role().label(), state);
      }
      return 0;
    }
  }

  /** Opens the database, runs, and turns refusals and failures into exit codes and messages. */
  abstract static class DatabaseCommand implements Callable<Integer> {

    @Option(
        names = "--db",
        paramLabel = "URL",
        description = "JDBC URL of the Hortus database (default: the user's data folder).")
    String url;

    @Spec CommandSpec spec;

    abstract int run(Database db, Secrets secrets) throws Exception;

    @Override
    public Integer call() {
      try (Database db = Database.open(url != null ? url : Database.defaultUrl())) {
        return run(db, new Secrets(spec));
      } catch (LoginFailedException | AccessDeniedException e) {
        err().println(e.getMessage());
        return REFUSED;
      } catch (IllegalArgumentException | IllegalStateException | SQLException | IOException e) {
        err().println(e.getMessage());
        return 1;
      } catch (Exception e) {
        err().println("failed: " + e);
        return 1;
      } finally {
        out().flush();
        err().flush();
      }
    }

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    PrintWriter err() {
      return spec.commandLine().getErr();
    }
  }

  static AuthService auth(Database db, AuditLog audit) {
    return new AuthService(db, audit, new PasswordHasher(), LockoutPolicy.DEFAULT);
  }

  /** Logs {@code username} in with the password from HORTUS_PASSWORD or stdin. */
  static Session login(Database db, AuditLog audit, Secrets secrets, String username)
      throws IOException, LoginFailedException, SQLException {
    char[] password = secrets.read("HORTUS_PASSWORD", "password for " + username);
    return auth(db, audit).login(username, password, Instant.now());
  }

  /** Reads passwords from an environment variable or, when unset, stdin. */
  static final class Secrets {

    private final CommandSpec spec;
    private BufferedReader stdin;

    Secrets(CommandSpec spec) {
      this.spec = spec;
    }

    char[] read(String variable, String prompt) throws IOException {
      String fromEnvironment = System.getenv(variable);
      if (fromEnvironment != null) {
        return fromEnvironment.toCharArray();
      }
      Console console = System.console();
      if (console != null && console.isTerminal()) {
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed != null) {
          return typed;
        }
      } else {
        if (stdin == null) {
          stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        }
        String line = stdin.readLine();
        if (line != null) {
          return line.toCharArray();
        }
      }
      throw new IllegalArgumentException(
          "no " + prompt + ": set " + variable + " or give it on standard input");
    }
  }

  /** Parses {@code --role} in any case. */
  static final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
      try {
        return Role.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
