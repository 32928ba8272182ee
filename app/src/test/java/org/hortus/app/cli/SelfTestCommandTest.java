package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code hortus self-test}: in-process against the demo park, and its check runner alone. */
class SelfTestCommandTest {

  @Test
  void theSelfTestPassesEveryCheckWithinAMinuteAndCleansUp() {
    long start = System.nanoTime();
    CommandRun run = CommandRun.of("self-test");
    double seconds = (System.nanoTime() - start) / 1e9;

    assertEquals(0, run.exitCode(), run.out() + run.err());
    for (String check : List.of("database created and migrated", "OPC UA values flow", "Modbus values flow",
        "PLCs left safe mode", "history is written", "alarm raised", "alarm acknowledged")) {
      assertTrue(run.out().contains("ok     " + check + ": "), check + " missing in:\n" + run.out());
    }
    assertFalse(run.out().contains("FAILED"), run.out());
    assertTrue(run.out().contains("self-test passed: 7 checks"), run.out());
    assertTrue(seconds < 60, "took " + seconds + " s");
    Matcher folder = Pattern.compile("data in (\\S+)").matcher(run.out());
    assertTrue(folder.find(), run.out());
    assertFalse(Files.exists(Path.of(folder.group(1))), "temporary folder left behind");
  }

  @Test
  void theFirstFailedCheckIsNamedItsWaitIsBoundedAndLaterChecksAreSkipped() throws Exception {
    StringWriter text = new StringWriter();
    SelfTestCommand.Checks checks = new SelfTestCommand.Checks(new PrintWriter(text), Duration.ofSeconds(30));
    checks.check("values flow", Duration.ofSeconds(1), () -> SelfTestCommand.Outcome.pass("42 °C"));
    long start = System.nanoTime();
    checks.check("alarm raised", Duration.ofMillis(600), () -> SelfTestCommand.Outcome.notYet("park.flood is NORMAL"));
    assertTrue((System.nanoTime() - start) / 1e9 < 5);
    checks.check("alarm acknowledged", Duration.ofSeconds(1), () -> {
      throw new AssertionError("must not run after a failure");
    });

    assertEquals(1, checks.finish());
    String out = text.toString();
    assertTrue(out.contains("ok     values flow: 42 °C"), out);
    assertTrue(out.contains("FAILED alarm raised: park.flood is NORMAL"), out);
    assertFalse(out.contains("alarm acknowledged"), out);
    assertTrue(out.contains("self-test FAILED at \"alarm raised\" after 1 passed checks"), out);
  }

  @Test
  void aCheckThatThrowsIsRetriedUntilItPasses() throws Exception {
    StringWriter text = new StringWriter();
    SelfTestCommand.Checks checks = new SelfTestCommand.Checks(new PrintWriter(text), Duration.ofSeconds(30));
    int[] attempts = {0};
    checks.check("history is written", Duration.ofSeconds(5), () -> {
      if (++attempts[0] < 3) {
        throw new IllegalStateException("database busy");
      }
      return SelfTestCommand.Outcome.pass("10 samples");
    });
    assertEquals(0, checks.finish());
    assertTrue(text.toString().contains("ok     history is written: 10 samples"), text.toString());
  }
}
