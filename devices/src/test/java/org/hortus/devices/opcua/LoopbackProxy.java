package org.hortus.devices.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 to another loopback port, for tests that need a network loss without a
 * server restart: {@link #cutConnections()} drops every relayed connection and keeps listening. One
 * virtual thread accepts, two per connection copy bytes; {@link #close()} stops all.
 */
final class LoopbackProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private LoopbackProxy(ServerSocket listener, int targetPort) {
    this.listener = listener;
    this.targetPort = targetPort;
  }

  static LoopbackProxy start(int targetPort) throws IOException {
    var proxy =
        new LoopbackProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
    Thread.ofVirtual().name("loopback-proxy-accept").start(proxy::accept);
    return proxy;
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Closes every relayed connection, as a pulled cable would. */
  void cutConnections() {
    sockets.forEach(LoopbackProxy::closeQuietly);
    sockets.clear();
  }

  @Override
  public void close() {
    closeQuietly(listener);
    cutConnections();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        sockets.add(client);
        sockets.add(server);
        Thread.ofVirtual().start(() -> copy(client, server));
        Thread.ofVirtual().start(() -> copy(server, client));
      } catch (IOException e) {
        // listener closed, or the target refused: the client sees a closed connection
      }
    }
  }

  private static void copy(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // cut
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // already closed
    }
  }
}
