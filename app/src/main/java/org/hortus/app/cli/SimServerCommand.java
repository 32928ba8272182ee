package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.store.DataFolder;
import org.hortus.devices.opcua.OpcUaSecurity;
import org.hortus.devices.opcua.OpcUaServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hortus sim-server}: the simulated park alone, for any OPC UA or Modbus client. */
@Command(
    name = "sim-server",
    mixinStandardHelpOptions = true,
    description = "Serve the simulated demo park over OPC UA and Modbus TCP until stopped (Ctrl+C or SIGTERM).")
public final class SimServerCommand implements Callable<Integer> {

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String bindAddress;

  @Option(
      names = {"--opcua-port", "--port"},
      defaultValue = "4840",
      description = "OPC UA port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int opcuaPort;

  @Option(
      names = "--modbus-port",
      defaultValue = "5020",
      description = "Modbus TCP port; 0 picks a free one (default ${DEFAULT-VALUE}; 502 needs root).")
  int modbusPort;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "Simulation speed, times real time (default ${DEFAULT-VALUE}).")
  double speed;

  @Option(
      names = "--secure",
      description = "Also offer Basic256Sha256 (Sign, SignAndEncrypt) endpoints; needs --user.")
  boolean secure;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "An OPC UA user; its password comes from the environment variable HORTUS_SIM_PASSWORD.")
  String user;

  @Option(
      names = "--pki",
      paramLabel = "DIR",
      description = "The server's certificate and trust folders (default: sim-pki in the user's data folder).")
  Path pki;

  @Option(
      names = "--accept-unknown-clients",
      description = "Let any client certificate in (commissioning and training only).")
  boolean acceptUnknownClients;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    OpcUaServerConfig.Builder config = OpcUaServerConfig.builder(bindAddress, opcuaPort);
    if (secure) {
      String password = System.getenv("HORTUS_SIM_PASSWORD");
      if (user == null || password == null || password.isBlank()) {
        err.println("--secure needs --user NAME and its password in HORTUS_SIM_PASSWORD");
        err.flush();
        return 2;
      }
      config.endpoints(OpcUaSecurity.NONE, OpcUaSecurity.BASIC256SHA256_SIGN, OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT)
          .user(user, password)
          .pkiFolder(pki != null ? pki : DataFolder.forThisUser().resolve("sim-pki"))
          .acceptUnknownClients(acceptUnknownClients);
    }
    if (acceptUnknownClients) {
      err.println("WARNING: --accept-unknown-clients lets ANY client certificate in. Use it for commissioning only.");
      err.flush();
    }
    SimulatedPark park = SimulatedPark.start(config.build(), modbusPort, speed);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  park.close();
                  stopped.countDown();
                },
                "sim-server-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(park.opcUaEndpoint());
    out.println(secure
        ? "OPC UA security: None (anonymous) and Basic256Sha256 Sign / SignAndEncrypt (user " + user + ")"
        : "OPC UA security: None, anonymous");
    out.println("Modbus TCP: " + park.modbusAddress() + " (unit 1)");
    out.println("Register map: docs/register-map.md");
    out.printf("%d greenhouses, %s× real time; stop with Ctrl+C or SIGTERM%n", park.park().greenhouses().size(), speed);
    out.flush();
    stopped.await();
    return 0;
  }
}
