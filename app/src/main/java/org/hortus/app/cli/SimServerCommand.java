package org.hortus.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hortus.app.demo.SimulatedPark;
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    SimulatedPark park = SimulatedPark.start(bindAddress, opcuaPort, modbusPort, speed);
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
    out.println("OPC UA security: None, anonymous (loopback demo)");
    out.println("Modbus TCP: " + park.modbusAddress() + " (unit 1)");
    out.println("Register map: docs/register-map.md");
    out.printf("%d greenhouses, %s× real time; stop with Ctrl+C or SIGTERM%n", park.park().greenhouses().size(), speed);
    out.flush();
    stopped.await();
    return 0;
  }
}
