package org.hortus.devices.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpcUaServerConfigTest {

  @Test
  void defaultsAreOneNoneEndpointForAnonymousUsers() {
    OpcUaServerConfig config = OpcUaServerConfig.builder("127.0.0.1", 0).build();

    assertEquals(Set.of(OpcUaSecurity.NONE), config.endpoints());
    assertTrue(config.anonymousAllowed());
    assertTrue(config.users().isEmpty());
    assertEquals(OpcUaPointServer.APPLICATION_URI, config.applicationUri());
    assertFalse(config.acceptUnknownClients());
    assertFalse(config.needsPki());
  }

  @Test
  void securedEndpointsNeedAPkiFolder() {
    var builder =
        OpcUaServerConfig.builder("127.0.0.1", 0).endpoints(OpcUaSecurity.BASIC256SHA256_SIGN);

    var e = assertThrows(IllegalArgumentException.class, builder::build);

    assertTrue(e.getMessage().contains("PKI folder"), e.getMessage());
  }

  @Test
  void usersNeedAPkiFolderForPasswordEncryption() {
    var builder = OpcUaServerConfig.builder("127.0.0.1", 0).user("grower", "pw");

    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void aServerNobodyCanLogInToIsRefused(@TempDir Path pki) {
    var builder = OpcUaServerConfig.builder("127.0.0.1", 0).anonymousAllowed(false).pkiFolder(pki);

    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void portOutOfRangeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OpcUaServerConfig.builder("127.0.0.1", 70_000).build());
  }

  @Test
  void passwordsAreNeverPrinted(@TempDir Path pki) {
    OpcUaServerConfig config =
        OpcUaServerConfig.builder("127.0.0.1", 0)
            .endpoints(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT)
            .user("grower", "s3cret-pw")
            .pkiFolder(pki)
            .build();

    assertFalse(config.toString().contains("s3cret-pw"), config.toString());
    assertTrue(config.toString().contains("grower"), config.toString());
  }
}
