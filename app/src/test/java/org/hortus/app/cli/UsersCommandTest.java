package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hortus users} in-process, with passwords on stdin (HORTUS_*PASSWORD unset). Each login
 * hashes with the production 600,000 iterations, so these tests take a few seconds.
 */
class UsersCommandTest {

  static final String ADMIN_PASSWORD = "admin password 1";
  static final String TOM_PASSWORD = "tomato grower 7";

  @TempDir Path folder;
  String db;

  @BeforeEach
  void firstRun() {
    db = Database.fileUrl(folder.resolve("hortus"));
    CommandRun init = run(ADMIN_PASSWORD, "users", "init", "--admin", "ada", "--db", db);
    assertEquals(0, init.exitCode(), init.err());
    assertEquals("administrator ada created\n", init.out());
  }

  /** Runs {@code hortus args…} with {@code stdin} as standard input. */
  static CommandRun run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new HortusCommand());
    // Until HortusCommand lists them, the commands are added here.
    if (!cli.getSubcommands().containsKey("users")) {
      cli.addSubcommand(new UsersCommand());
    }
    if (!cli.getSubcommands().containsKey("audit")) {
      cli.addSubcommand(new AuditCommand());
    }
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    InputStream systemIn = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int exit = cli.execute(args);
      return new CommandRun(exit, out.toString(), err.toString());
    } finally {
      System.setIn(systemIn);
    }
  }

  @Test
  void initRunsOnlyOnAnEmptyDatabase() {
    CommandRun again = run("other password 1", "users", "init", "--admin", "eve", "--db", db);
    assertEquals(1, again.exitCode());
    assertTrue(again.err().contains("users already exist"), again.err());
  }

  @Test
  void initWithoutAPasswordOnStdinSaysWhereToGiveIt() {
    CommandRun fresh =
        run("", "users", "init", "--admin", "ada", "--db", Database.fileUrl(folder.resolve("b")));
    assertEquals(1, fresh.exitCode());
    assertTrue(
        fresh.err().contains("set HORTUS_ADMIN_PASSWORD or give it on standard input"),
        fresh.err());
  }

  @Test
  void anAdministratorAddsAUserWhoThenShowsInTheList() {
    CommandRun add =
        run(
            ADMIN_PASSWORD + "\n" + TOM_PASSWORD,
            "users",
            "add",
            "tom",
            "--role",
            "technician",
            "--as",
            "ada",
            "--db",
            db);
    assertEquals(0, add.exitCode(), add.err());
    assertEquals("user tom added as technician\n", add.out());

    CommandRun list = run(ADMIN_PASSWORD, "users", "list", "--as", "ada", "--db", db);
    assertEquals(0, list.exitCode(), list.err());
    assertTrue(list.out().matches("(?s).*ada +administrator +active.*"), list.out());
    assertTrue(list.out().matches("(?s).*tom +technician +active.*"), list.out());
  }

  @Test
  void aTechnicianRunningUsersAddIsRefused() {
    run(
        ADMIN_PASSWORD + "\n" + TOM_PASSWORD,
        "users",
        "add",
        "tom",
        "--role",
        "technician",
        "--as",
        "ada",
        "--db",
        db);

    CommandRun add =
        run(
            TOM_PASSWORD + "\nsome new password",
            "users",
            "add",
            "eve",
            "--role",
            "administrator",
            "--as",
            "tom",
            "--db",
            db);
    assertEquals(UsersCommand.REFUSED, add.exitCode());
    assertEquals("access denied: tom (technician) may not manage users\n", add.err());

    CommandRun list = run(TOM_PASSWORD, "users", "list", "--as", "tom", "--db", db);
    assertEquals(UsersCommand.REFUSED, list.exitCode());
    assertEquals("access denied: tom (technician) may not manage users\n", list.err());
  }

  @Test
  void aWrongPasswordIsRefusedLikeAnUnknownUser() {
    CommandRun wrong = run("not the password", "users", "list", "--as", "ada", "--db", db);
    CommandRun unknown = run(ADMIN_PASSWORD, "users", "list", "--as", "zed", "--db", db);
    assertEquals(UsersCommand.REFUSED, wrong.exitCode());
    assertEquals("login failed: unknown user or wrong password\n", wrong.err());
    assertEquals(wrong.err(), unknown.err());
    assertEquals(UsersCommand.REFUSED, unknown.exitCode());
  }

  @Test
  void anUnknownRoleIsAUsageError() {
    CommandRun add =
        run(ADMIN_PASSWORD, "users", "add", "tom", "--role", "operator", "--as", "ada", "--db", db);
    assertEquals(2, add.exitCode());
    assertTrue(add.err().contains("unknown role 'operator'"), add.err());
  }
}
