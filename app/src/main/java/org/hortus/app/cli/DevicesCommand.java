package org.hortus.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hortus.app.store.DataFolder;
import org.hortus.devices.DeviceException;
import org.hortus.devices.opcua.OpcUaTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hortus devices trust URL}: trust an OPC UA server's certificate (trust on first use). */
@Command(name = "devices", mixinStandardHelpOptions = true, description = "Field devices.",
    subcommands = DevicesCommand.Trust.class)
public final class DevicesCommand {

  /** Fetches the server's certificate by discovery and puts it in the console's trust list. */
  @Command(name = "trust", mixinStandardHelpOptions = true,
      description = "Trust the certificate an OPC UA server presents (check its thumbprint with the PLC's administrator).")
  public static final class Trust implements Callable<Integer> {

    @Parameters(paramLabel = "URL", description = "The server's endpoint, e.g. opc.tcp://10.0.0.5:4840.")
    String endpoint;

    @Option(names = "--data-folder", paramLabel = "DIR", description = "The console's data folder (default: the user's, by OS convention).")
    Path dataFolderOption;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path dataFolder = dataFolderOption != null ? dataFolderOption : DataFolder.forThisUser();
      Files.createDirectories(dataFolder);
      try {
        for (var certificate : OpcUaTrust.trust(dataFolder, endpoint)) {
          out.printf("trusted %s%n  SHA-1 %s%n  stored %s%n", certificate.subject(), certificate.sha1Thumbprint(), certificate.file());
        }
        out.flush();
        return 0;
      } catch (DeviceException e) {
        err.println(e.getMessage());
        err.flush();
        return 1;
      }
    }
  }
}
