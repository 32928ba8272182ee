package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hortus.app.park.SiteParkFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleCommandTest {

  @TempDir Path folder;

  @Test
  void anInvalidParkFileGivenToTheConsoleIsRefusedBeforeAnyWindowWithItsPlaces() throws Exception {
    Path bad = SiteParkFiles.write(folder, "bad-park.json", SiteParkFiles.BAD_GUTTER);
    int line = SiteParkFiles.lineOf(SiteParkFiles.BAD_GUTTER, "\"gutterHeight\": 60");

    CommandRun run = CommandRun.of("console", "--park", bad.toString());

    assertEquals(1, run.exitCode());
    assertTrue(run.err().matches("(?s)bad-park\\.json:" + line + ":\\d+: greenhouses\\[0]\\.gutterHeight: .*"), run.err());
  }
}
