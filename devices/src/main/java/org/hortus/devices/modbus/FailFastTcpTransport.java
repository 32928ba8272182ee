package org.hortus.devices.modbus;

import com.digitalpetri.modbus.ModbusTcpFrame;
import com.digitalpetri.modbus.exceptions.ModbusExecutionException;
import com.digitalpetri.modbus.tcp.client.NettyClientTransportConfig;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import com.digitalpetri.netty.fsm.ChannelFsm;
import com.digitalpetri.netty.fsm.State;
import io.netty.channel.ChannelFutureListener;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The library's TCP client transport, except that a request is sent only on a live connection. The
 * library's own {@code send} waits for a reconnect, so a request made while the connection is down
 * goes out after its caller has already timed out (TECHNOTES); here it fails at once instead, and a
 * write can never land late. Reconnects back off 1, 2, 4, 4 … s (the library's 32 s maximum
 * lowered).
 */
final class FailFastTcpTransport extends NettyTcpClientTransport {

  private FailFastTcpTransport(NettyClientTransportConfig config) {
    super(config);
  }

  static FailFastTcpTransport create(
      String host, int port, Duration connectTimeout, int maxReconnectDelaySeconds) {
    return new FailFastTcpTransport(
        NettyClientTransportConfig.create(
            config ->
                config
                    .setHostname(host)
                    .setPort(port)
                    .setConnectTimeout(connectTimeout)
                    .setConnectPersistent(true)
                    .setReconnectLazy(false)
                    .setChannelFsmCustomizer(
                        fsm -> fsm.setMaxReconnectDelaySeconds(maxReconnectDelaySeconds))));
  }

  @Override
  public CompletionStage<Void> send(ModbusTcpFrame frame) {
    ChannelFsm fsm = getChannelFsm();
    if (fsm.getState() != State.Connected) {
      return CompletableFuture.failedFuture(new ModbusExecutionException("not connected"));
    }
    // Without waiting for a reconnect: fails if the connection dropped since the check.
    return fsm.getChannel(false)
        .thenCompose(
            channel -> {
              var sent = new CompletableFuture<Void>();
              channel
                  .writeAndFlush(frame)
                  .addListener(
                      (ChannelFutureListener)
                          future -> {
                            if (future.isSuccess()) {
                              sent.complete(null);
                            } else {
                              sent.completeExceptionally(future.cause());
                            }
                          });
              return sent;
            });
  }
}
