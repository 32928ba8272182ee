package org.hortus.devices.modbus;

import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.hortus.devices.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generic Modbus TCP server over a register image, for simulation and tests (digitalpetri {@code
 * ModbusTcpServer}). Each unit id has its own four tables. The image is sparse: an address exists
 * once it has been set; a read or write touching an address never set gets the exception response
 * ILLEGAL_DATA_ADDRESS, a quantity above 125 registers or 2000 bits gets ILLEGAL_DATA_VALUE. A
 * request for a unit id the server does not serve gets <b>no answer at all</b>, as the library
 * does: the client sees a timeout.
 *
 * <p>Addresses are zero-based wire addresses. Register values are 16-bit: setters take
 * -32768..65535 (a negative value is stored as its two's complement), getters return 0..65535.
 *
 * <p>Life cycle: {@link #start} binds and returns once the port is open; {@link #close()} closes
 * the port and every client connection. Threads: setters and getters are thread-safe and may be
 * called from any thread (one lock per unit: a 32-bit value set by one call is always read whole).
 * Requests run on the library's server thread, one at a time for all connections; the {@link
 * RegisterWriteListener} is called there.
 */
public final class ModbusRegisterServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ModbusRegisterServer.class);

  private final ModbusTcpServer server;
  private final String address;
  private final int port;
  private final Map<Integer, RegisterImage> images;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicReference<RegisterWriteListener> writeListener;

  private ModbusRegisterServer(
      ModbusTcpServer server,
      String host,
      int port,
      Map<Integer, RegisterImage> images,
      AtomicReference<RegisterWriteListener> writeListener) {
    this.server = server;
    this.writeListener = writeListener;
    this.address = host + ":" + port;
    this.port = port;
    this.images = images;
  }

  /**
   * Starts a server.
   *
   * @param bindAddress the local address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port the TCP port; 0 picks a free one (see {@link #port()})
   * @param unitIds the unit ids served, each 0..255
   * @throws DeviceException if the port cannot be opened
   */
  public static ModbusRegisterServer start(String bindAddress, int port, Set<Integer> unitIds) {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (unitIds.isEmpty() || unitIds.stream().anyMatch(id -> id < 0 || id > 255)) {
      throw new IllegalArgumentException("unit ids must be 0..255 and not none, got " + unitIds);
    }
    Map<Integer, RegisterImage> images =
        unitIds.stream().collect(Collectors.toUnmodifiableMap(id -> id, id -> new RegisterImage()));
    var serverChannel = new AtomicReference<Channel>();
    var transport =
        NettyTcpServerTransport.create(
            config ->
                config
                    .setBindAddress(bindAddress)
                    .setPort(port)
                    .setBootstrapCustomizer(
                        bootstrap -> bootstrap.handler(new ChannelCapture(serverChannel))));
    var writeListener = new AtomicReference<RegisterWriteListener>(write -> WriteDecision.ACCEPT);
    var services = new ImageServices(images, writeListener::get);
    ModbusTcpServer server = ModbusTcpServer.create(transport, services);
    try {
      server.start();
    } catch (ExecutionException e) {
      throw new DeviceException(
          "cannot start Modbus server on " + bindAddress + ":" + port + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceException("interrupted starting Modbus server on " + bindAddress, e);
    }
    int bound = ((InetSocketAddress) serverChannel.get().localAddress()).getPort();
    LOG.info("Modbus server listening on {}:{} for units {}", bindAddress, bound, unitIds);
    return new ModbusRegisterServer(server, bindAddress, bound, images, writeListener);
  }

  /** Where clients connect, as {@code host:port}. */
  public String address() {
    return address;
  }

  /** The TCP port listened on (the chosen one when started with port 0). */
  public int port() {
    return port;
  }

  public Set<Integer> unitIds() {
    return new TreeSet<>(images.keySet());
  }

  /** Sets who decides about clients' writes; by default every write is accepted. */
  public void setWriteListener(RegisterWriteListener listener) {
    writeListener.set(Objects.requireNonNull(listener, "listener"));
  }

  public void setCoil(int unitId, int address, boolean value) {
    image(unitId).set(ModbusTable.COIL, checked(address, 1), value ? 1 : 0);
  }

  public boolean coil(int unitId, int address) {
    return get(ModbusTable.COIL, unitId, address, 1)[0] != 0;
  }

  public void setDiscreteInput(int unitId, int address, boolean value) {
    image(unitId).set(ModbusTable.DISCRETE_INPUT, checked(address, 1), value ? 1 : 0);
  }

  public boolean discreteInput(int unitId, int address) {
    return get(ModbusTable.DISCRETE_INPUT, unitId, address, 1)[0] != 0;
  }

  public void setInputRegister(int unitId, int address, int raw16) {
    setRegisters(ModbusTable.INPUT_REGISTER, unitId, address, raw16);
  }

  public int inputRegister(int unitId, int address) {
    return get(ModbusTable.INPUT_REGISTER, unitId, address, 1)[0];
  }

  public void setHoldingRegister(int unitId, int address, int raw16) {
    setRegisters(ModbusTable.HOLDING_REGISTER, unitId, address, raw16);
  }

  public int holdingRegister(int unitId, int address) {
    return get(ModbusTable.HOLDING_REGISTER, unitId, address, 1)[0];
  }

  /** Sets consecutive registers of an input or holding table in one step. */
  public void setRegisters(ModbusTable table, int unitId, int address, int... raw16) {
    requireRegisters(table);
    int[] words = new int[raw16.length];
    for (int i = 0; i < raw16.length; i++) {
      if (raw16[i] < Short.MIN_VALUE || raw16[i] > 0xFFFF) {
        throw new IllegalArgumentException("register value must be -32768..65535, got " + raw16[i]);
      }
      words[i] = raw16[i] & 0xFFFF;
    }
    image(unitId).set(table, checked(address, words.length), words);
  }

  /** The {@code count} registers from {@code address}, each 0..65535. */
  public int[] registers(ModbusTable table, int unitId, int address, int count) {
    requireRegisters(table);
    return get(table, unitId, address, count);
  }

  /** Sets a FLOAT32 in two registers, in one step. */
  public void setFloat32(ModbusTable table, int unitId, int address, float value, WordOrder order) {
    setRegisters(table, unitId, address, RegisterCodec.float32Words(value, order));
  }

  public float float32(ModbusTable table, int unitId, int address, WordOrder order) {
    return RegisterCodec.float32(registers(table, unitId, address, 2), order);
  }

  /** Sets an INT32 in two registers, in one step. */
  public void setInt32(ModbusTable table, int unitId, int address, int value, WordOrder order) {
    setRegisters(table, unitId, address, RegisterCodec.encode(ModbusDataType.INT32, order, value));
  }

  public int int32(ModbusTable table, int unitId, int address, WordOrder order) {
    int[] words = registers(table, unitId, address, 2);
    return (int) RegisterCodec.decode(ModbusDataType.INT32, order, words);
  }

  /** Closes the port and every client connection. Idempotent; never throws. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.stop();
    } catch (ExecutionException e) {
      LOG.warn("Modbus server on {} did not stop cleanly", address, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int[] get(ModbusTable table, int unitId, int address, int count) {
    return image(unitId)
        .get(table, checked(address, count), count)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unit "
                        + unitId
                        + " has no "
                        + table.text()
                        + " "
                        + address
                        + (count > 1 ? ".." + (address + count - 1) : "")
                        + " in its image"));
  }

  private RegisterImage image(int unitId) {
    RegisterImage image = images.get(unitId);
    if (image == null) {
      throw new IllegalArgumentException(
          "unit " + unitId + " is not served here (units " + unitIds() + ")");
    }
    return image;
  }

  private static int checked(int address, int count) {
    if (address < 0 || count < 1 || address + count > 65536) {
      throw new IllegalArgumentException(
          "addresses " + address + ".." + (address + count - 1) + " are outside 0..65535");
    }
    return address;
  }

  private static void requireRegisters(ModbusTable table) {
    if (table.isBits()) {
      throw new IllegalArgumentException(table.text() + " holds bits, not registers");
    }
  }

  /** Remembers the server channel, to learn the port bound when asked for port 0. */
  private static final class ChannelCapture extends ChannelInboundHandlerAdapter {
    private final AtomicReference<Channel> channel;

    ChannelCapture(AtomicReference<Channel> channel) {
      this.channel = channel;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
      channel.set(context.channel());
    }
  }
}
