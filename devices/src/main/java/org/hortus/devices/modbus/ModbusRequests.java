package org.hortus.devices.modbus;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.ModbusRequestPdu;
import com.digitalpetri.modbus.pdu.ModbusResponsePdu;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.hortus.devices.PointValue;

/** Builds the client's requests, reads points out of responses and names failures. Stateless. */
final class ModbusRequests {

  /** The reason of a request that got no answer in time. */
  static final String TIMEOUT = "timeout";

  private ModbusRequests() {}

  /**
   * Reads a block; completes with the register bytes (big-endian) or the packed bits, or
   * exceptionally with the library's failure.
   */
  static CompletableFuture<byte[]> read(
      ModbusTcpClient client, int unitId, ModbusTable table, int start, int quantity) {
    ModbusRequestPdu request =
        switch (table) {
          case COIL -> new ReadCoilsRequest(start, quantity);
          case DISCRETE_INPUT -> new ReadDiscreteInputsRequest(start, quantity);
          case INPUT_REGISTER -> new ReadInputRegistersRequest(start, quantity);
          case HOLDING_REGISTER -> new ReadHoldingRegistersRequest(start, quantity);
        };
    return client.sendAsync(unitId, request).toCompletableFuture().thenApply(ModbusRequests::data);
  }

  /** Writes a point's words: one coil, one register, or two registers for 32-bit types. */
  static CompletableFuture<ModbusResponsePdu> write(
      ModbusTcpClient client, ModbusAddress address, int[] words) {
    ModbusRequestPdu request;
    if (address.table() == ModbusTable.COIL) {
      request = new WriteSingleCoilRequest(address.address(), words[0] != 0);
    } else if (words.length == 1) {
      request = new WriteSingleRegisterRequest(address.address(), words[0]);
    } else {
      request =
          new WriteMultipleRegistersRequest(
              address.address(), words.length, RegisterCodec.bytes(words));
    }
    return client.sendAsync(address.unitId(), request).toCompletableFuture();
  }

  /** The value of a point from the data of a block that starts at {@code blockStart}. */
  static PointValue valueOf(
      String pointId, ModbusAddress address, byte[] data, int blockStart, Instant now) {
    int index = address.address() - blockStart;
    int[] words = new int[address.size()];
    int needed = address.table().isBits() ? index / 8 + 1 : 2 * (index + words.length);
    if (data.length < needed) {
      return PointValue.bad(pointId, "short response (" + data.length + " bytes)", now);
    }
    for (int i = 0; i < words.length; i++) {
      words[i] =
          address.table().isBits()
              ? (RegisterCodec.bit(data, index) ? 1 : 0)
              : RegisterCodec.word(data, index + i);
    }
    return PointCodec.decode(pointId, address, words, now);
  }

  /**
   * The reason a request failed, for a BAD value: {@code timeout}, the exception code name of an
   * exception response (e.g. {@code ILLEGAL_DATA_ADDRESS}), or the failure's message.
   */
  static String reason(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof TimeoutException || cause instanceof ModbusTimeoutException) {
      return TIMEOUT;
    }
    if (cause instanceof ModbusResponseException response) {
      return ExceptionCode.from(response.getExceptionCode())
          .map(Enum::name)
          .orElse("exception 0x%02X".formatted(response.getExceptionCode()));
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  /** Whether the device answered with an exception response. */
  static boolean isExceptionResponse(Throwable failure) {
    return unwrap(failure) instanceof ModbusResponseException;
  }

  /** Whether the request got no answer in time. */
  static boolean isTimeout(Throwable failure) {
    return TIMEOUT.equals(reason(failure));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static byte[] data(ModbusResponsePdu response) {
    return switch (response) {
      case ReadCoilsResponse r -> r.coils();
      case ReadDiscreteInputsResponse r -> r.inputs();
      case ReadInputRegistersResponse r -> r.registers();
      case ReadHoldingRegistersResponse r -> r.registers();
      default ->
          throw new CompletionException(
              new IllegalStateException("unexpected response " + response));
    };
  }
}
