package org.hortus.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.h2.api.ErrorCode;
import org.hortus.app.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hortus data where | remove --yes}: the user's data folder (database, backups, imported
 * park file, certificates). Uninstalling the package leaves it, so a reinstall or an upgrade finds
 * the park's history; a site that wants it gone says so with {@code remove --yes}, before or after
 * uninstalling (the command needs the package only to run). Refuses while a Hortus console or
 * runtime has the database open. Exit codes: 0 done, 1 failed, 2 usage.
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Where Hortus keeps this user's data, and removing it (uninstalling keeps it).",
    subcommands = {DataCommand.Where.class, DataCommand.Remove.class})
public final class DataCommand {

  /** Options both subcommands take. */
  static class Folder {
    @Option(names = "--folder", paramLabel = "DIR", description = "The data folder (default: this user's).")
    Path folder;

    Path resolve() {
      return folder != null ? folder.toAbsolutePath() : DataFolder.forThisUser();
    }
  }

  @Command(name = "where", mixinStandardHelpOptions = true, description = "Print the data folder.")
  static final class Where implements Callable<Integer> {
    @picocli.CommandLine.Mixin Folder folder;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Path dir = folder.resolve();
      out.println(dir + (Files.isDirectory(dir) ? "" : " (not created yet)"));
      out.flush();
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "Delete the data folder: database, history, backups, imported park file. Cannot be undone.")
  static final class Remove implements Callable<Integer> {
    @picocli.CommandLine.Mixin Folder folder;

    @Option(names = "--yes", description = "Confirm: delete it (without it nothing is deleted).")
    boolean yes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Path dir = folder.resolve();
        if (!Files.isDirectory(dir)) {
          out.println("no data folder at " + dir + ": nothing to remove");
          return 0;
        }
        if (!yes) {
          err.println("this deletes " + dir + " with the park's database, history and backups;"
              + " add --yes to do it (`hortus backup` first keeps a copy)");
          return 2;
        }
        Path database = dir.resolve("hortus.mv.db");
        if (Files.exists(database) && inUse(dir.resolve("hortus"))) {
          err.println("the database in " + dir + " is open in a running Hortus console or runtime: stop it, then remove");
          return 1;
        }
        deleteTree(dir);
        out.println("removed " + dir);
        return 0;
      } catch (IOException | SQLException e) {
        err.println("removing the data folder failed: " + e.getMessage());
        return 1;
      } finally {
        out.flush();
        err.flush();
      }
    }

    /** Whether another process holds the database: H2 refuses a second open of a file database. */
    private static boolean inUse(Path databaseWithoutSuffix) throws SQLException {
      // The user Hortus creates its database with (Database); an open by us is closed at once.
      try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + databaseWithoutSuffix + ";IFEXISTS=TRUE", "hortus", "")) {
        c.createStatement().execute("SHUTDOWN");
        return false;
      } catch (SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
          return true;
        }
        throw e;
      }
    }

    private static void deleteTree(Path dir) throws IOException {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException failure) throws IOException {
          if (failure != null) {
            throw failure;
          }
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    }
  }
}
