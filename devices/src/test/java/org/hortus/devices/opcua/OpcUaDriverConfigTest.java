package org.hortus.devices.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The driver configuration's checks; no sockets (non-loopback hosts are only judged, never used).
 */
class OpcUaDriverConfigTest {

  @Test
  void defaultsAreNoneAnonymousAndShortTimeouts() {
    OpcUaDriverConfig config = OpcUaDriverConfig.builder("opc.tcp://127.0.0.1:4840/").build();

    assertEquals(OpcUaSecurity.NONE, config.security());
    assertEquals(OpcUaIdentity.anonymous(), config.identity());
    assertEquals(Optional.empty(), config.dataFolder());
    assertEquals(Duration.ofMillis(100), config.samplingInterval());
    assertEquals(Duration.ofSeconds(10), config.requestTimeout());
    assertFalse(config.allowInsecureNonLoopback());
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          localhost,        true
          LOCALHOST,        true
          127.0.0.1,        true
          127.1.2.3,        true
          [::1],            true
          10.0.0.5,         false
          192.168.1.20,     false
          plc-01.farm.lan,  false
          localhost.evil.example, false
          [fe80::1],        false
          """)
  void loopbackIsJudgedFromTheUrlTextAlone(String host, boolean loopback) {
    assertEquals(loopback, OpcUaDriverConfig.isLoopbackHost(host));
  }

  @Test
  void securityNoneToANonLoopbackEndpointIsRefusedWithTheReason() {
    var builder = OpcUaDriverConfig.builder("opc.tcp://10.0.0.5:4840/");

    var e = assertThrows(IllegalArgumentException.class, builder::build);

    assertTrue(e.getMessage().contains("opc.tcp://10.0.0.5:4840/"), e.getMessage());
    assertTrue(e.getMessage().contains("security NONE refused"), e.getMessage());
    assertTrue(e.getMessage().contains("allowInsecureNonLoopback"), e.getMessage());
  }

  @Test
  void securityNoneToANonLoopbackEndpointIsAcceptedWhenExplicitlyAllowed() {
    OpcUaDriverConfig config =
        OpcUaDriverConfig.builder("opc.tcp://plc-01.farm.lan:4840/")
            .allowInsecureNonLoopback(true)
            .build();

    assertTrue(config.allowInsecureNonLoopback());
  }

  @Test
  void legacyDriverConstructorRefusesNoneToANonLoopbackEndpoint() {
    assertThrows(IllegalArgumentException.class, () -> new OpcUaDriver("opc.tcp://10.0.0.5:4840/"));
  }

  @Test
  void securedEndpointToANonLoopbackHostNeedsNoPermission(@TempDir Path dir) {
    OpcUaDriverConfig config =
        OpcUaDriverConfig.builder("opc.tcp://10.0.0.5:4840/")
            .security(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT)
            .dataFolder(dir)
            .build();

    assertTrue(config.needsPki());
  }

  @Test
  void securityOrUserWithoutDataFolderIsRefused() {
    var secured =
        OpcUaDriverConfig.builder("opc.tcp://127.0.0.1:4840/")
            .security(OpcUaSecurity.BASIC256SHA256_SIGN);
    var user = OpcUaDriverConfig.builder("opc.tcp://127.0.0.1:4840/").user("grower", "secret");

    assertTrue(
        assertThrows(IllegalArgumentException.class, secured::build)
            .getMessage()
            .contains("data folder"));
    assertThrows(IllegalArgumentException.class, user::build);
  }

  @Test
  void notAnOpcTcpUrlIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OpcUaDriverConfig.builder("http://127.0.0.1:4840/").build());
  }

  @Test
  void nonPositiveDurationsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OpcUaDriverConfig.builder("opc.tcp://127.0.0.1:4840/")
                .requestTimeout(Duration.ZERO)
                .build());
  }

  @Test
  void passwordIsNeverPrinted(@TempDir Path dir) {
    OpcUaDriverConfig config =
        OpcUaDriverConfig.builder("opc.tcp://127.0.0.1:4840/")
            .user("grower", "s3cret-pw")
            .dataFolder(dir)
            .build();

    assertFalse(config.toString().contains("s3cret-pw"), config.toString());
    assertTrue(config.toString().contains("grower"), config.toString());
  }

  @Test
  void toBuilderKeepsEverySetting(@TempDir Path dir) {
    OpcUaDriverConfig config =
        OpcUaDriverConfig.builder("opc.tcp://127.0.0.1:4840/")
            .security(OpcUaSecurity.BASIC256SHA256_SIGN)
            .user("grower", "pw")
            .dataFolder(dir)
            .samplingInterval(Duration.ofMillis(500))
            .requestTimeout(Duration.ofSeconds(3))
            .build();

    assertEquals(config, config.toBuilder().build());
  }
}
