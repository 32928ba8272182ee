package org.hortus.app.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoParkTest {

  @Test
  void servedAirTemperatureMovesWithTheSimulation() {
    try (DemoPark park = DemoPark.start("127.0.0.1", 0, 600)) {
      double first = park.servedValue(DemoParkPoints.AIR_TEMPERATURE);
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> assertNotEquals(first, park.servedValue(DemoParkPoints.AIR_TEMPERATURE)));
      assertTrue(park.endpointUrl().startsWith("opc.tcp://127.0.0.1:"), park.endpointUrl());
    }
  }

  @Test
  void aNonPositiveSpeedIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> DemoPark.start("127.0.0.1", 0, 0));
  }
}
