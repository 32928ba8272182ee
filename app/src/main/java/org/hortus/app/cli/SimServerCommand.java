package org.hortus.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hortus.app.demo.DemoPark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hortus sim-server}: the simulated park alone, for any OPC UA client. */
@Command(
    name = "sim-server",
    mixinStandardHelpOptions = true,
    description = "Serve the simulated demo park over OPC UA until stopped (Ctrl+C or SIGTERM).")
public final class SimServerCommand implements Callable<Integer> {

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String bindAddress;

  @Option(
      names = "--port",
      defaultValue = "4840",
      description = "OPC UA port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--speed",
      defaultValue = "1",
      description = "Simulation speed, times real time (default ${DEFAULT-VALUE}).")
  double speed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    DemoPark park = DemoPark.start(bindAddress, port, speed);
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
    out.println(park.endpointUrl());
    out.flush();
    stopped.await();
    return 0;
  }
}
