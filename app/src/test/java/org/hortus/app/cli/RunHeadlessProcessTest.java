package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hortus.app.Main;
import org.hortus.app.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hortus run --headless} as its own process, stopped by SIGTERM. */
class RunHeadlessProcessTest {

  @TempDir Path folder;

  @Test
  void sigtermStopsItCleanlyWithTheLastHistoryFlushedAndTheDatabaseClosed() throws Exception {
    String url = Database.fileUrl(folder.resolve("hortus"));
    ProcessBuilder builder = new ProcessBuilder(
        ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "run", "--headless", "--db", url, "--speed", "60", "--scan-ms", "500")
        .redirectErrorStream(true);
    builder.environment().put("XDG_DATA_HOME", folder.toString());
    Process child = builder.start();
    CountDownLatch running = new CountDownLatch(1);
    ConcurrentLinkedDeque<String> output = new ConcurrentLinkedDeque<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          output.add(line);
          if (line.startsWith("Stop with Ctrl+C or SIGTERM")) {
            running.countDown();
          }
        }
      } catch (Exception ignored) {
        // the stream ends with the process
      }
    });
    reader.start();
    assertTrue(running.await(90, TimeUnit.SECONDS), "did not start:\n" + String.join("\n", output));
    Thread.sleep(5_000);
    Instant terminatedAt = Instant.now();
    // SIGTERM through the handle: Process.destroy() would also close our end of its output.
    child.toHandle().destroy();
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "did not stop within 30 s");
    reader.join(15_000);
    assertTrue(output.stream().anyMatch(l -> l.contains("Park stopped; history flushed, database closed")),
        "exit " + child.exitValue() + ", output:\n" + String.join("\n", output));

    try (Database database = Database.open(url); Connection c = database.connection()) {
      try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(ts), COUNT(*) FROM sample")) {
        rs.next();
        long behind = terminatedAt.toEpochMilli() - rs.getLong(1);
        assertTrue(rs.getLong(2) > 100, "only " + rs.getLong(2) + " history rows");
        assertTrue(behind < 1_500, "the last " + behind + " ms of history were not flushed");
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT beat_at FROM heartbeat")) {
        assertTrue(rs.next(), "no heartbeat row");
        assertTrue(terminatedAt.toEpochMilli() - rs.getLong(1) < 2_500, "heartbeat stopped early");
      }
    }
  }
}
