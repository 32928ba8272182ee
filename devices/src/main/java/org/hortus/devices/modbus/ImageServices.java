package org.hortus.devices.modbus;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleCoilsRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleCoilsResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilResponse;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the register images of a {@link ModbusRegisterServer}. Answers ILLEGAL_DATA_VALUE to a
 * quantity above 125 registers or 2000 bits (instead of failing as the library's own services do),
 * ILLEGAL_DATA_ADDRESS to any address never set, and nothing at all to an unknown unit (the library
 * drops a request whose handler throws {@link UnknownUnitIdException}).
 */
final class ImageServices implements ModbusServices {

  private static final Logger LOG = LoggerFactory.getLogger(ImageServices.class);

  private final Map<Integer, RegisterImage> images;
  private final Supplier<RegisterWriteListener> writeListener;

  ImageServices(Map<Integer, RegisterImage> images, Supplier<RegisterWriteListener> writeListener) {
    this.images = Map.copyOf(images);
    this.writeListener = writeListener;
  }

  @Override
  public ReadCoilsResponse readCoils(
      ModbusRequestContext context, int unitId, ReadCoilsRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    int[] bits =
        read(
            unitId,
            ModbusTable.COIL,
            FunctionCode.READ_COILS,
            request.address(),
            request.quantity());
    return new ReadCoilsResponse(pack(bits));
  }

  @Override
  public ReadDiscreteInputsResponse readDiscreteInputs(
      ModbusRequestContext context, int unitId, ReadDiscreteInputsRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    int[] bits =
        read(
            unitId,
            ModbusTable.DISCRETE_INPUT,
            FunctionCode.READ_DISCRETE_INPUTS,
            request.address(),
            request.quantity());
    return new ReadDiscreteInputsResponse(pack(bits));
  }

  @Override
  public ReadHoldingRegistersResponse readHoldingRegisters(
      ModbusRequestContext context, int unitId, ReadHoldingRegistersRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    int[] words =
        read(
            unitId,
            ModbusTable.HOLDING_REGISTER,
            FunctionCode.READ_HOLDING_REGISTERS,
            request.address(),
            request.quantity());
    return new ReadHoldingRegistersResponse(RegisterCodec.bytes(words));
  }

  @Override
  public ReadInputRegistersResponse readInputRegisters(
      ModbusRequestContext context, int unitId, ReadInputRegistersRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    int[] words =
        read(
            unitId,
            ModbusTable.INPUT_REGISTER,
            FunctionCode.READ_INPUT_REGISTERS,
            request.address(),
            request.quantity());
    return new ReadInputRegistersResponse(RegisterCodec.bytes(words));
  }

  @Override
  public WriteSingleCoilResponse writeSingleCoil(
      ModbusRequestContext context, int unitId, WriteSingleCoilRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    if (request.value() != 0 && request.value() != 0xFF00) {
      throw new ModbusResponseException(
          FunctionCode.WRITE_SINGLE_COIL, ExceptionCode.ILLEGAL_DATA_VALUE);
    }
    write(
        unitId,
        ModbusTable.COIL,
        FunctionCode.WRITE_SINGLE_COIL,
        request.address(),
        new int[] {request.value() == 0 ? 0 : 1});
    return new WriteSingleCoilResponse(request.address(), request.value());
  }

  @Override
  public WriteSingleRegisterResponse writeSingleRegister(
      ModbusRequestContext context, int unitId, WriteSingleRegisterRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    write(
        unitId,
        ModbusTable.HOLDING_REGISTER,
        FunctionCode.WRITE_SINGLE_REGISTER,
        request.address(),
        new int[] {request.value() & 0xFFFF});
    return new WriteSingleRegisterResponse(request.address(), request.value());
  }

  @Override
  public WriteMultipleCoilsResponse writeMultipleCoils(
      ModbusRequestContext context, int unitId, WriteMultipleCoilsRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    FunctionCode fc = FunctionCode.WRITE_MULTIPLE_COILS;
    ModbusServices.checkBitRange(fc.getCode(), request.address(), request.quantity());
    if (request.values().length < (request.quantity() + 7) / 8) {
      throw new ModbusResponseException(fc, ExceptionCode.ILLEGAL_DATA_VALUE);
    }
    int[] bits = new int[request.quantity()];
    Arrays.setAll(bits, i -> RegisterCodec.bit(request.values(), i) ? 1 : 0);
    write(unitId, ModbusTable.COIL, fc, request.address(), bits);
    return new WriteMultipleCoilsResponse(request.address(), request.quantity());
  }

  @Override
  public WriteMultipleRegistersResponse writeMultipleRegisters(
      ModbusRequestContext context, int unitId, WriteMultipleRegistersRequest request)
      throws ModbusResponseException, UnknownUnitIdException {
    FunctionCode fc = FunctionCode.WRITE_MULTIPLE_REGISTERS;
    ModbusServices.checkRegisterRange(fc.getCode(), request.address(), request.quantity());
    if (request.values().length != 2 * request.quantity()) {
      throw new ModbusResponseException(fc, ExceptionCode.ILLEGAL_DATA_VALUE);
    }
    int[] words = new int[request.quantity()];
    Arrays.setAll(words, i -> RegisterCodec.word(request.values(), i));
    write(unitId, ModbusTable.HOLDING_REGISTER, fc, request.address(), words);
    return new WriteMultipleRegistersResponse(request.address(), request.quantity());
  }

  private int[] read(int unitId, ModbusTable table, FunctionCode fc, int address, int quantity)
      throws ModbusResponseException, UnknownUnitIdException {
    RegisterImage image = image(unitId);
    if (table.isBits()) {
      ModbusServices.checkBitRange(fc.getCode(), address, quantity);
    } else {
      ModbusServices.checkRegisterRange(fc.getCode(), address, quantity);
    }
    return image
        .get(table, address, quantity)
        .orElseThrow(() -> new ModbusResponseException(fc, ExceptionCode.ILLEGAL_DATA_ADDRESS));
  }

  private void write(int unitId, ModbusTable table, FunctionCode fc, int address, int[] values)
      throws ModbusResponseException, UnknownUnitIdException {
    RegisterImage image = image(unitId);
    if (image.get(table, address, values.length).isEmpty()) {
      throw new ModbusResponseException(fc, ExceptionCode.ILLEGAL_DATA_ADDRESS);
    }
    var write = new RegisterWrite(unitId, table, address, Arrays.stream(values).boxed().toList());
    WriteDecision decision;
    try {
      decision = writeListener.get().onWrite(write);
    } catch (RuntimeException e) {
      LOG.warn("Write listener failed on {}", write, e);
      throw new ModbusResponseException(fc, ExceptionCode.SLAVE_DEVICE_FAILURE);
    }
    switch (decision) {
      case VETO -> throw new ModbusResponseException(fc, ExceptionCode.ILLEGAL_DATA_VALUE);
      case ACCEPT -> image.set(table, address, values);
      case ACCEPT_WITHOUT_REPLY -> {
        image.set(table, address, values);
        throw new UnknownUnitIdException(unitId); // the library then sends no reply
      }
    }
  }

  private RegisterImage image(int unitId) throws UnknownUnitIdException {
    RegisterImage image = images.get(unitId);
    if (image == null) {
      throw new UnknownUnitIdException(unitId);
    }
    return image;
  }

  private static byte[] pack(int[] bits) {
    byte[] packed = new byte[(bits.length + 7) / 8];
    for (int i = 0; i < bits.length; i++) {
      if (bits[i] != 0) {
        packed[i / 8] |= (byte) (1 << (i % 8));
      }
    }
    return packed;
  }
}
