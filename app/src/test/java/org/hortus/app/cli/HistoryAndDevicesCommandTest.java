package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.app.store.Database;
import org.hortus.devices.PointValue;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaSecurity;
import org.hortus.devices.opcua.OpcUaServerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryAndDevicesCommandTest {

  private static final Instant T0 = Instant.parse("2026-11-30T06:00:00Z");

  @TempDir Path folder;

  @Test
  void historyExportWritesThePointsRowsInTheRangeAsCsv() throws Exception {
    String url = Database.fileUrl(folder.resolve("hortus"));
    try (Database database = Database.open(url)) {
      Historian historian = new Historian(database, HistorianSettings.defaults(), Clock.systemUTC());
      for (int s = 0; s < 100; s++) {
        historian.record(PointValue.good("GH-01.climate.AirTemperature", 18 + s / 10.0, T0.plusSeconds(s), T0.plusSeconds(s)));
        historian.record(PointValue.good("GH-02.climate.AirTemperature", 30, T0.plusSeconds(s), T0.plusSeconds(s)));
      }
      historian.record(PointValue.bad("GH-01.climate.AirTemperature", "Bad_NotConnected", T0.plusSeconds(100)));
      historian.close();
    }
    Path csv = folder.resolve("gh01.csv");
    CommandRun run = CommandRun.of("history", "export", "--point", "GH-01.climate.AirTemperature",
        "--from", "2026-11-30T06:00:10Z", "--to", "2026-11-30T06:05:00Z", "--csv", csv.toString(), "--db", url);
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("time,value,quality", lines.getFirst());
    assertEquals(1 + 90 + 1, lines.size(), "header, seconds 10–99 and the BAD value");
    assertEquals("2026-11-30T06:00:10Z,19.0,GOOD", lines.get(1));
    assertEquals("2026-11-30T06:01:40Z,,BAD", lines.getLast());
    assertTrue(run.err().contains("91 rows of GH-01.climate.AirTemperature"), run.err());
  }

  @Test
  void historyExportRefusesABackwardsRange() {
    CommandRun run = CommandRun.of("history", "export", "--point", "x", "--from", "2026-11-30", "--to", "2026-11-29",
        "--db", Database.fileUrl(folder.resolve("h")));
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--to 2026-11-29 must be after --from 2026-11-30"), run.err());
  }

  @Test
  void devicesTrustPutsTheServersCertificateInTheConsolesTrustList() throws Exception {
    OpcUaServerConfig config = OpcUaServerConfig.builder("127.0.0.1", 0)
        .endpoints(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT).anonymousAllowed(false).user("grower", "secret-2026")
        .pkiFolder(folder.resolve("server-pki")).build();
    try (OpcUaPointServer server = OpcUaPointServer.start(config,
        List.of(new OpcUaPointServer.ServedPoint("Park/GH-01/Climate/AirTemperature", "°C", false, 20)))) {
      Path data = folder.resolve("console");
      CommandRun run = CommandRun.of("devices", "trust", server.endpointUrl(), "--data-folder", data.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().startsWith("trusted "), run.out());
      assertTrue(run.out().contains("SHA-1 "), run.out());
      try (var trusted = Files.list(data.resolve("pki/trusted/certs"))) {
        assertEquals(1, trusted.count());
      }
    }
  }
}
