package org.hortus.devices.modbus;

import static org.hortus.devices.modbus.ModbusTestKit.LOOPBACK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.exceptions.ModbusTimeoutException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hortus.devices.DeviceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModbusRegisterServerTest {

  private ModbusRegisterServer server;
  private ModbusTcpClient client;

  @BeforeEach
  void start() throws Exception {
    server = ModbusRegisterServer.start(LOOPBACK, 0, Set.of(1, 3));
    client =
        ModbusTcpClient.create(
            NettyTcpClientTransport.create(c -> c.setHostname(LOOPBACK).setPort(server.port())),
            c -> c.setRequestTimeout(Duration.ofMillis(500)));
    client.connect();
  }

  @AfterEach
  void stop() throws Exception {
    client.disconnect();
    server.close();
  }

  @Test
  void listensOnAFreePortWhenAskedForPortZero() {
    assertTrue(server.port() > 0);
    assertEquals("127.0.0.1:" + server.port(), server.address());
    assertEquals(Set.of(1, 3), server.unitIds());
  }

  @Test
  void servesWhatTheSettersPutInTheImage() throws Exception {
    server.setInputRegister(3, 5, -2);
    server.setFloat32(ModbusTable.INPUT_REGISTER, 3, 6, 21.5f, WordOrder.LOW_HIGH);
    server.setCoil(1, 0, true);
    server.setCoil(1, 1, false);
    server.setCoil(1, 2, true);

    byte[] registers =
        client.readInputRegisters(3, new ReadInputRegistersRequest(5, 3)).registers();
    byte[] coils = client.readCoils(1, new ReadCoilsRequest(0, 3)).coils();

    assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 0x41, (byte) 0xAC}, registers);
    assertArrayEquals(new byte[] {0b101}, coils);
    assertEquals(65534, server.inputRegister(3, 5));
    assertEquals(21.5f, server.float32(ModbusTable.INPUT_REGISTER, 3, 6, WordOrder.LOW_HIGH));
  }

  @Test
  void answersIllegalDataAddressForAnAddressNeverSet() {
    server.setHoldingRegister(1, 0, 1);

    var failure =
        assertThrows(
            ModbusResponseException.class,
            () -> client.readHoldingRegisters(1, new ReadHoldingRegistersRequest(0, 2)));

    assertEquals(ExceptionCode.ILLEGAL_DATA_ADDRESS.getCode(), failure.getExceptionCode());
  }

  @Test
  void answersIllegalDataValueForMoreThan125RegistersAndKeepsTheConnection() throws Exception {
    for (int i = 0; i < 126; i++) {
      server.setHoldingRegister(1, i, i);
    }

    var failure =
        assertThrows(
            ModbusResponseException.class,
            () -> client.readHoldingRegisters(1, new ReadHoldingRegistersRequest(0, 126)));

    assertEquals(ExceptionCode.ILLEGAL_DATA_VALUE.getCode(), failure.getExceptionCode());
    assertEquals(
        250,
        client.readHoldingRegisters(1, new ReadHoldingRegistersRequest(0, 125)).registers().length);
  }

  @Test
  void sendsNoAnswerForAUnitItDoesNotServe() {
    server.setHoldingRegister(1, 0, 1);

    assertThrows(
        ModbusTimeoutException.class,
        () -> client.readHoldingRegisters(2, new ReadHoldingRegistersRequest(0, 1)));
  }

  @Test
  void letsTheWriteListenerSeeAndVetoClientWrites() throws Exception {
    List<RegisterWrite> seen = new CopyOnWriteArrayList<>();
    server.setHoldingRegister(1, 10, 0);
    server.setHoldingRegister(1, 11, 0);
    server.setCoil(1, 4, false);
    server.setWriteListener(
        write -> {
          seen.add(write);
          return write.values().contains(999) ? WriteDecision.VETO : WriteDecision.ACCEPT;
        });

    client.writeMultipleRegisters(
        1, new WriteMultipleRegistersRequest(10, 2, new byte[] {0, 7, 1, 0}));
    client.writeSingleCoil(1, new WriteSingleCoilRequest(4, true));
    var veto =
        assertThrows(
            ModbusResponseException.class,
            () -> client.writeSingleRegister(1, new WriteSingleRegisterRequest(10, 999)));

    assertEquals(ExceptionCode.ILLEGAL_DATA_VALUE.getCode(), veto.getExceptionCode());
    assertEquals(
        List.of(
            new RegisterWrite(1, ModbusTable.HOLDING_REGISTER, 10, List.of(7, 256)),
            new RegisterWrite(1, ModbusTable.COIL, 4, List.of(1)),
            new RegisterWrite(1, ModbusTable.HOLDING_REGISTER, 10, List.of(999))),
        seen);
    assertArrayEquals(new int[] {7, 256}, server.registers(ModbusTable.HOLDING_REGISTER, 1, 10, 2));
    assertTrue(server.coil(1, 4));
  }

  @Test
  void refusesAWriteToAnAddressNeverSet() {
    var failure =
        assertThrows(
            ModbusResponseException.class,
            () -> client.writeSingleRegister(1, new WriteSingleRegisterRequest(77, 1)));

    assertEquals(ExceptionCode.ILLEGAL_DATA_ADDRESS.getCode(), failure.getExceptionCode());
  }

  @Test
  void explainsBadSetterAndGetterCalls() {
    assertEquals(
        "unit 2 is not served here (units [1, 3])",
        assertThrows(IllegalArgumentException.class, () -> server.setHoldingRegister(2, 0, 1))
            .getMessage());
    assertEquals(
        "unit 1 has no holding-register 9 in its image",
        assertThrows(IllegalArgumentException.class, () -> server.holdingRegister(1, 9))
            .getMessage());
    assertEquals(
        "register value must be -32768..65535, got 65536",
        assertThrows(IllegalArgumentException.class, () -> server.setInputRegister(1, 0, 65536))
            .getMessage());
    assertEquals(
        "addresses 65535..65536 are outside 0..65535",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    server.setFloat32(
                        ModbusTable.HOLDING_REGISTER, 1, 65535, 1f, WordOrder.HIGH_LOW))
            .getMessage());
  }

  @Test
  void refusesAPortThatIsTaken() {
    var failure =
        assertThrows(
            DeviceException.class,
            () -> ModbusRegisterServer.start(LOOPBACK, server.port(), Set.of(1)));

    assertTrue(
        failure.getMessage().startsWith("cannot start Modbus server on 127.0.0.1:" + server.port()),
        failure.getMessage());
  }
}
