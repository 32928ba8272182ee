package org.hortus.app.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL 20 times: each time the database opens, every override
 * reported saved is there, and history lost at most the last two seconds.
 */
class DatabaseKillTest {

  private static final int KILLS = 20;

  @TempDir Path folder;

  @Test
  void theDatabaseSurvivesSigkillDuringHeavyWritesTwentyTimes() throws Exception {
    String url = Database.fileUrl(folder.resolve("hortus"));
    Set<Long> reportedSaved = ConcurrentHashMap.newKeySet();
    Random random = new Random(42);
    String java = ProcessHandle.current().info().command().orElse("java");
    for (int run = 0; run < KILLS; run++) {
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          DurabilityChild.class.getName(), url).redirectErrorStream(true).start();
      CountDownLatch ready = new CountDownLatch(1);
      java.util.Deque<String> output = new java.util.concurrent.ConcurrentLinkedDeque<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            if (!line.startsWith("saved ")) {
              output.add(line);
            }
            if (line.equals("ready")) {
              ready.countDown();
            } else if (line.startsWith("saved ")) {
              reportedSaved.add(Long.parseLong(line.substring(6)));
            }
          }
        } catch (Exception ignored) {
          // the pipe breaks when the child dies
        }
      });
      reader.start();
      boolean started = ready.await(120, TimeUnit.SECONDS);
      if (!started) {
        child.destroyForcibly();
      }
      assertTrue(started, "run " + run + ": the child did not start; it printed:\n" + String.join("\n", output));
      Thread.sleep(2_200 + random.nextInt(800));
      Instant killedAt = Instant.now();
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      reader.join(10_000);

      try (Database database = Database.open(url); Connection c = database.connection()) {
        long missing = 0;
        for (long id : reportedSaved) {
          try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM manual_override WHERE id = " + id)) {
            rs.next();
            missing += 1 - rs.getLong(1);
          }
        }
        assertEquals(0, missing, "run " + run + ": overrides reported saved but lost");
        try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(ts), COUNT(*) FROM sample")) {
          rs.next();
          long lostMillis = killedAt.toEpochMilli() - rs.getLong(1);
          assertTrue(lostMillis <= 2_000, "run " + run + ": history lost the last " + lostMillis + " ms");
        }
      }
    }
    assertTrue(reportedSaved.size() > KILLS * 50, "the children saved only " + reportedSaved.size() + " overrides");
  }
}
