package org.hortus.app.cli;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.hortus.app.audit.AuditCsv;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditFilter;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditVerification;
import org.hortus.app.audit.AuditVerifier;
import org.hortus.app.cli.UsersCommand.DatabaseCommand;
import org.hortus.app.cli.UsersCommand.Secrets;
import org.hortus.app.security.AuditViewService;
import org.hortus.app.security.Session;
import org.hortus.app.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hortus audit …}: check the audit chain, read its latest rows and export filtered rows as
 * CSV (docs/security.md). Exit codes as for {@link UsersCommand}; {@code verify} exits 1 with the
 * first problem.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify the hash-chained audit log, list its latest rows, export rows as CSV.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.ListRows.class, AuditCommand.Export.class})
public final class AuditCommand {

  /** {@code hortus audit verify}: exit 0 when intact, 1 naming the first altered or removed row. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Walk the audit chain; report the first row altered or removed.")
  static final class Verify extends DatabaseCommand {

    @Override
    int run(Database db, Secrets secrets) throws Exception {
      AuditVerification result = new AuditVerifier(db).verify();
      if (result.intact()) {
        out().println(result.message());
        return 0;
      }
      err().println("audit chain broken: " + result.message());
      return 1;
    }
  }

  /** {@code hortus audit list [--limit N] --as USER}: needs the right to view the audit log. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "Print the latest audit rows, oldest first (password from HORTUS_PASSWORD or"
              + " stdin).")
  static final class ListRows extends DatabaseCommand {

    private static final DateTimeFormatter TIME =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    @Option(
        names = "--limit",
        defaultValue = "20",
        description = "Rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who asks.")
    String actingUser;

    @Override
    int run(Database db, Secrets secrets) throws Exception {
      AuditLog audit = new AuditLog(db);
      Session session = UsersCommand.login(db, audit, secrets, actingUser);
      for (AuditEntry entry : new AuditViewService(audit).latest(session, Math.max(1, limit))) {
        AuditRecord r = entry.record();
        out()
            .printf(
                "%d %s %s %s %s %s -> %s%n",
                entry.seq(),
                TIME.format(r.at()),
                r.actor(),
                r.action(),
                r.subject(),
                r.beforeJson(),
                r.afterJson());
      }
      return 0;
    }
  }

  /**
   * {@code hortus audit export --out FILE [--user U] [--kind K] [--from T] [--to T] --as USER}:
   * every row passing the filter, oldest first, as the console's audit page writes it ({@link
   * AuditCsv}).
   */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description =
          "Write the audit rows passing a filter to a CSV file, oldest first (password from"
              + " HORTUS_PASSWORD or stdin).")
  static final class Export extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path out;

    @Option(names = "--user", paramLabel = "USER", description = "Only rows by this user.")
    String user;

    @Option(
        names = "--kind",
        paramLabel = "KIND",
        description = "Only this action (user.add) or group of actions ending with a dot (user.).")
    String kind;

    @Option(
        names = "--from",
        paramLabel = "TIME",
        description = "Only rows at or after: 2026-11-30T06:00:00Z, or a date (local midnight).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only rows before this time.")
    String to;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who asks.")
    String actingUser;

    @Override
    int run(Database db, Secrets secrets) throws Exception {
      AuditFilter filter = AuditFilter.all().byActor(user).ofKind(kind);
      try {
        filter = filter.from(from == null ? null : TimeRangeOptions.instant(from));
        filter = filter.to(to == null ? null : TimeRangeOptions.instant(to));
      } catch (DateTimeParseException e) {
        err().println(
            "--from/--to must be an instant like 2026-11-30T06:00:00Z or a date like 2026-11-30: "
                + e.getParsedString());
        return 2;
      }
      AuditLog audit = new AuditLog(db);
      Session session = UsersCommand.login(db, audit, secrets, actingUser);
      long rows = new AuditViewService(audit).exportCsv(session, filter, out);
      out().printf("%d rows written to %s%n", rows, out);
      return 0;
    }
  }
}
