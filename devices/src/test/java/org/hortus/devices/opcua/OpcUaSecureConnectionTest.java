package org.hortus.devices.opcua;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceException;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;
import org.hortus.devices.WriteResult;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Basic256Sha256 between the driver and the point server over loopback sockets, with both PKI
 * folders in a temporary folder: trust in both directions, users, and the failures people meet.
 */
class OpcUaSecureConnectionTest {

  static final String AIR = "Park/GH-01/Climate/AirTemperature";
  static final String VENT = "Park/GH-01/Climate/VentOpening";
  static final List<ServedPoint> POINTS =
      List.of(
          new ServedPoint(AIR, "°C", false, 21.5).withEuRange(-20, 60),
          new ServedPoint(VENT, "%", true, 10.0).withEuRange(0, 100));

  /** A failing connect must answer within this, never hang. */
  static final long FAST_SECONDS = 8;

  @TempDir Path root;
  SecureFixture pki;
  OpcUaPointServer server;
  OpcUaDriver driver;

  @AfterEach
  void closeAll() {
    if (driver != null) {
      driver.close();
    }
    if (server != null) {
      server.close();
    }
  }

  void startServer(OpcUaServerConfig config) {
    server = OpcUaPointServer.start(config, POINTS);
  }

  SecureFixture pki() {
    if (pki == null) {
      pki = new SecureFixture(root);
    }
    return pki;
  }

  void connect(OpcUaDriverConfig config) throws Exception {
    driver = new OpcUaDriver(config);
    driver.connect().toCompletableFuture().get(FAST_SECONDS, TimeUnit.SECONDS);
  }

  DeviceException connectFails(OpcUaDriverConfig config) {
    driver = new OpcUaDriver(config);
    var failure =
        assertThrows(
            ExecutionException.class,
            () -> driver.connect().toCompletableFuture().get(FAST_SECONDS, TimeUnit.SECONDS));
    return assertInstanceOf(DeviceException.class, failure.getCause());
  }

  Point vent() {
    return new Point("GH-01.vent.opening", "Vent opening", server.address(VENT), "%", true);
  }

  Point air() {
    return new Point("GH-01.air.temperature", "Air", server.address(AIR), "°C", false);
  }

  @Test
  void unknownServerCertificateFailsFastNamingItAndHowToTrustIt() throws Exception {
    startServer(pki().serverConfig(0).build());

    DeviceException e = connectFails(pki().driverConfig(server.endpointUrl()).build());

    X509Certificate serverCertificate = serverCertificate();
    String thumbprint = PkiFolder.thumbprint(serverCertificate);
    assertTrue(e.getMessage().contains(server.endpointUrl()), e.getMessage());
    assertTrue(e.getMessage().contains("CN=Hortus field devices"), e.getMessage());
    assertTrue(e.getMessage().contains(thumbprint), e.getMessage());
    assertTrue(
        e.getMessage().contains("hortus devices trust " + server.endpointUrl()), e.getMessage());
    assertTrue(Files.exists(pki().consoleRejected(serverCertificate)), "kept in pki/rejected");
    assertEquals(ConnectionState.DOWN, driver.health().state());
    assertEquals(e.getMessage(), driver.health().reason());
  }

  @ParameterizedTest
  @EnumSource(
      value = OpcUaSecurity.class,
      names = {"BASIC256SHA256_SIGN", "BASIC256SHA256_SIGN_AND_ENCRYPT"})
  void trustedServerAndUserConnectAndValuesFlowBothWays(OpcUaSecurity security) throws Exception {
    pki().serverTrustsConsole();
    startServer(pki().serverConfig(0).build());
    List<OpcUaTrust.TrustedCertificate> trusted = pki().consoleTrustsServer(server.endpointUrl());

    connect(pki().driverConfig(server.endpointUrl()).security(security).build());

    assertEquals(1, trusted.size());
    assertEquals(PkiFolder.thumbprint(serverCertificate()), trusted.get(0).sha1Thumbprint());
    assertEquals(ConnectionState.CONNECTED, driver.health().state());
    Map<String, PointValue> latest = new ConcurrentHashMap<>();
    driver
        .subscribe(List.of(air()), v -> latest.put(v.pointId(), v))
        .toCompletableFuture()
        .get(FAST_SECONDS, TimeUnit.SECONDS);
    server.update(AIR, 24.5, Instant.now());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> latest.containsKey(air().id()) && latest.get(air().id()).value() == 24.5);
    WriteResult written = driver.write(vent(), 40.0).toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertTrue(written.accepted(), written.toString());
    assertEquals(40.0, server.currentValue(VENT));
  }

  @Test
  void wrongPasswordFailsFastWithUserRejected() throws Exception {
    pki().serverTrustsConsole();
    startServer(pki().serverConfig(0).build());
    pki().consoleTrustsServer(server.endpointUrl());

    DeviceException e =
        connectFails(
            pki().driverConfig(server.endpointUrl()).user(SecureFixture.USER, "wrong").build());

    assertTrue(e.getMessage().contains("rejected user 'grower'"), e.getMessage());
    assertTrue(e.getMessage().contains("Bad_UserAccessDenied"), e.getMessage());
    assertTrue(e.getMessage().contains(server.endpointUrl()), e.getMessage());
  }

  @Test
  void anonymousIsRefusedByAServerThatWantsUsers() throws Exception {
    startServer(pki().serverConfig(0).build());
    pki().consoleTrustsServer(server.endpointUrl());

    DeviceException e =
        connectFails(
            pki().driverConfig(server.endpointUrl()).identity(OpcUaIdentity.anonymous()).build());

    assertTrue(e.getMessage().contains("offers no endpoint"), e.getMessage());
    assertTrue(e.getMessage().contains("Anonymous"), e.getMessage());
  }

  @Test
  void unknownClientIsRejectedAndKeptUntilTheAdministratorTrustsIt() throws Exception {
    startServer(pki().serverConfig(0).build());
    pki().consoleTrustsServer(server.endpointUrl());
    OpcUaDriverConfig config = pki().driverConfig(server.endpointUrl()).build();

    DeviceException e = connectFails(config);

    X509Certificate console = pki().consoleCertificate();
    assertTrue(e.getMessage().contains("refused this console's certificate"), e.getMessage());
    assertTrue(e.getMessage().contains(PkiFolder.thumbprint(console)), e.getMessage());
    Path rejected = pki().serverRejected(console);
    assertTrue(Files.exists(rejected), "the server keeps the client's certificate in rejected");

    driver.close();
    Path trusted = PkiFolder.trustedDir(pki().serverPki).resolve(rejected.getFileName());
    Files.move(rejected, trusted); // the administrator's move; the server's watcher picks it up
    await()
        .atMost(Duration.ofSeconds(15))
        .ignoreExceptions()
        .untilAsserted(
            () -> {
              try (var retry = new OpcUaDriver(config)) {
                retry.connect().toCompletableFuture().get(FAST_SECONDS, TimeUnit.SECONDS);
              }
            });
  }

  @Test
  void acceptUnknownClientsLetsAnUntrustedClientIn() throws Exception {
    startServer(pki().serverConfig(0).acceptUnknownClients(true).build());
    pki().consoleTrustsServer(server.endpointUrl());

    connect(pki().driverConfig(server.endpointUrl()).build());

    assertEquals(ConnectionState.CONNECTED, driver.health().state());
  }

  @Test
  void consoleCertificateIsCreatedOnceWithItsUriAndReused() throws Exception {
    pki().serverTrustsConsole(); // creates it
    Path keyStore = pki().consoleData.resolve("pki/own/application.p12");
    byte[] created = Files.readAllBytes(keyStore);
    startServer(pki().serverConfig(0).build());
    pki().consoleTrustsServer(server.endpointUrl());

    connect(pki().driverConfig(server.endpointUrl()).build());

    assertArrayEquals(created, Files.readAllBytes(keyStore), "reused as is");
    assertEquals(
        ClientConnector.APPLICATION_URI,
        CertificateUtil.getSanUri(pki().consoleCertificate()).orElseThrow());
  }

  @Test
  void serverCertificateCarriesTheApplicationUriAndSurvivesARestart() throws Exception {
    startServer(pki().serverConfig(0).build());
    X509Certificate first = serverCertificate();
    server.close();

    startServer(pki().serverConfig(0).build());

    assertEquals(first, serverCertificate());
    assertEquals(OpcUaPointServer.APPLICATION_URI, CertificateUtil.getSanUri(first).orElseThrow());
  }

  @Test
  void serverRefusesToStartWithACertificateForAnotherApplicationUri() {
    startServer(pki().serverConfig(0).build());
    server.close();
    server = null;

    var e =
        assertThrows(
            DeviceException.class,
            () ->
                OpcUaPointServer.start(
                    pki().serverConfig(0).applicationUri("urn:other:server").build(), POINTS));

    assertTrue(e.getMessage().contains("urn:other:server"), e.getMessage());
  }

  @Test
  void trustingAServerWithoutSecuredEndpointsSaysSo() {
    server = OpcUaPointServer.start("127.0.0.1", 0, POINTS);

    var e =
        assertThrows(DeviceException.class, () -> pki().consoleTrustsServer(server.endpointUrl()));

    assertTrue(e.getMessage().contains("no secured endpoint"), e.getMessage());
  }

  @Test
  void outOfRangeWriteIsRefusedByTheEuRange() throws Exception {
    pki().serverTrustsConsole();
    startServer(pki().serverConfig(0).build());
    pki().consoleTrustsServer(server.endpointUrl());
    connect(pki().driverConfig(server.endpointUrl()).build());

    WriteResult result = driver.write(vent(), 120.0).toCompletableFuture().get(5, TimeUnit.SECONDS);

    assertEquals("Bad_OutOfRange", result.deviceStatus());
    assertEquals(Quality.GOOD, result.readBack().quality());
    assertEquals(10.0, server.currentValue(VENT));
  }

  @Test
  void serverOffersOnlyBasic256Sha256AndNoneNeverTheDeprecatedPolicies() throws Exception {
    startServer(
        pki().serverConfig(0).endpoints(OpcUaSecurity.values()).anonymousAllowed(true).build());

    List<EndpointDescription> endpoints =
        DiscoveryClient.getEndpoints(server.endpointUrl()).get(5, TimeUnit.SECONDS);

    Set<String> allowed =
        Set.of(SecurityPolicy.None.getUri(), SecurityPolicy.Basic256Sha256.getUri());
    assertEquals(3, endpoints.size());
    for (EndpointDescription endpoint : endpoints) {
      assertTrue(allowed.contains(endpoint.getSecurityPolicyUri()), endpoint.toString());
      for (UserTokenPolicy token : endpoint.getUserIdentityTokens()) {
        String uri = token.getSecurityPolicyUri();
        assertTrue(uri == null || allowed.contains(uri), token.toString());
      }
    }
  }

  private X509Certificate serverCertificate() {
    return ApplicationCertificate.loadOrCreate(
            pki().serverPki.resolve("own/application.p12"),
            OpcUaPointServer.APPLICATION_URI,
            "unused",
            List::of)
        .certificate();
  }
}
