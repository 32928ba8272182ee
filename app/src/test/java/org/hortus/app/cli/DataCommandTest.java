package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hortus data}: the data folder stays unless removed with --yes, never while in use. */
class DataCommandTest {

  @TempDir Path temp;

  private Path dataFolderWithDatabase() throws Exception {
    Path folder = temp.resolve("hortus");
    Files.createDirectories(folder.resolve("backups"));
    Files.writeString(folder.resolve("backups").resolve("old.zip"), "zip");
    try (Database database = Database.open(Database.fileUrl(folder.resolve("hortus")))) {
      assertTrue(Files.exists(folder.resolve("hortus.mv.db")));
    }
    return folder;
  }

  @Test
  void whereNamesTheFolder() throws Exception {
    Path folder = dataFolderWithDatabase();
    CommandRun run = CommandRun.of("data", "where", "--folder", folder.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(folder.toAbsolutePath().toString(), run.out().strip());
  }

  @Test
  void nothingIsDeletedWithoutYes() throws Exception {
    Path folder = dataFolderWithDatabase();
    CommandRun run = CommandRun.of("data", "remove", "--folder", folder.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("add --yes"), run.err());
    assertTrue(Files.exists(folder.resolve("hortus.mv.db")));
  }

  @Test
  void removeWithYesDeletesTheWholeFolder() throws Exception {
    Path folder = dataFolderWithDatabase();
    CommandRun run = CommandRun.of("data", "remove", "--yes", "--folder", folder.toString());
    assertEquals(0, run.exitCode(), run.err() + run.out());
    assertFalse(Files.exists(folder));
  }

  @Test
  void aDatabaseOpenInAnotherProcessIsNotDeleted() throws Exception {
    Path folder = dataFolderWithDatabase();
    Process holder = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
            folder.resolve("hortus").toString())
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line;
      StringBuilder seen = new StringBuilder();
      do {
        line = lines.readLine();
        seen.append(line).append('\n');
      } while (line != null && !line.equals("holding"));
      assertEquals("holding", line, "the other process opened the database: " + seen);

      CommandRun run = CommandRun.of("data", "remove", "--yes", "--folder", folder.toString());
      assertEquals(1, run.exitCode());
      assertTrue(run.err().contains("open in a running Hortus"), run.err());
      assertTrue(Files.exists(folder.resolve("hortus.mv.db")));
      assertTrue(Files.exists(folder.resolve("backups").resolve("old.zip")));
    } finally {
      holder.destroy();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A second process that keeps the database open, as a running console does. */
  public static final class HoldDatabase {
    public static void main(String[] args) throws Exception {
      try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + args[0], "hortus", "")) {
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(60_000);
      }
    }
  }
}
