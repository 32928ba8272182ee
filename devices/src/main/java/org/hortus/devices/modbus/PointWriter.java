package org.hortus.devices.modbus;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.WriteResult;

/**
 * Writes one point and reads it back. A write is sent once and never repeated: after a timeout the
 * device may still apply it (a request queued during a reconnect can go out late), so the writer
 * reads the point back and reports what the device holds instead. Stateless; results complete on
 * the driver thread.
 */
final class PointWriter {

  private final ModbusTcpClient client;
  private final Executor onDriverThread;

  PointWriter(ModbusTcpClient client, Executor onDriverThread) {
    this.client = client;
    this.onDriverThread = onDriverThread;
  }

  /** Sends the words (already checked and encoded) and reads the point back. */
  CompletableFuture<WriteResult> write(Point point, ModbusAddress address, int[] words) {
    return ModbusRequests.write(client, address, words)
        .handle((response, failure) -> failure)
        .thenCompose(
            failure -> readBack(point, address).thenApply(value -> result(point, failure, value)))
        .thenApplyAsync(result -> result, onDriverThread);
  }

  private CompletableFuture<PointValue> readBack(Point point, ModbusAddress address) {
    return ModbusRequests.read(
            client, address.unitId(), address.table(), address.address(), address.size())
        .handle(
            (data, failure) ->
                failure == null
                    ? ModbusRequests.valueOf(
                        point.id(), address, data, address.address(), Instant.now())
                    : PointValue.bad(
                        point.id(),
                        "read back failed: " + ModbusRequests.reason(failure),
                        Instant.now()));
  }

  private static WriteResult result(Point point, Throwable failure, PointValue readBack) {
    if (failure == null) {
      return new WriteResult(point.id(), true, "OK", readBack);
    }
    String holds =
        "device holds "
            + (readBack.isGood()
                ? Numbers.format(readBack.value())
                : "unknown (" + readBack.reason() + ")");
    String reason = ModbusRequests.reason(failure);
    String status =
        ModbusRequests.isExceptionResponse(failure) || ModbusRequests.isTimeout(failure)
            ? reason + "; " + holds
            : "failed: " + reason + "; " + holds;
    return new WriteResult(point.id(), false, status, readBack);
  }
}
