package org.hortus.devices.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The point server as any OPC UA client sees it: a plain Milo client, no Hortus driver. */
class OpcUaPointServerClientTest {

  OpcUaPointServer server;
  OpcUaClient client;

  @BeforeEach
  void startServerAndConnect() throws UaException {
    server = OpcUaPointServer.start("127.0.0.1", 0, OpcUaPointServerAndDriverTest.POINTS);
    client = OpcUaClient.create(server.endpointUrl());
    client.connect();
  }

  @AfterEach
  void closeAll() throws UaException {
    client.disconnect();
    server.close();
  }

  @Test
  void browseFromObjectsFindsThePointTreeWithEngineeringUnits() throws UaException {
    NodeId park = child(NodeIds.ObjectsFolder, "Park", NodeIds.HierarchicalReferences);
    NodeId greenhouse = child(park, "GH-01", NodeIds.HierarchicalReferences);
    NodeId climate = child(greenhouse, "Climate", NodeIds.HierarchicalReferences);
    NodeId air = child(climate, "AirTemperature", NodeIds.HierarchicalReferences);
    NodeId units = child(air, "EngineeringUnits", NodeIds.HasProperty);

    assertEquals(NodeId.parse(server.address(OpcUaPointServerAndDriverTest.AIR)), air);
    EUInformation eu = (EUInformation) decode(read(units).value().value());
    assertEquals("°C", eu.getDisplayName().text());
    assertEquals(EngineeringUnits.UNECE_NAMESPACE, eu.getNamespaceUri());
    assertEquals(EngineeringUnits.unitId("CEL"), eu.getUnitId());
    assertEquals(21.5, read(air).value().value());
  }

  @Test
  void nonNumericWriteIsRejectedWithTypeMismatch() throws UaException {
    NodeId vent = NodeId.parse(server.address(OpcUaPointServerAndDriverTest.VENT));

    List<StatusCode> results =
        client.writeValues(List.of(vent), List.of(DataValue.valueOnly(Variant.ofString("open"))));

    assertEquals("Bad_TypeMismatch", OpcUaValues.statusName(results.get(0)));
    assertEquals(10.0, server.currentValue(OpcUaPointServerAndDriverTest.VENT));
  }

  private NodeId child(NodeId parent, String browseName, NodeId referenceType) throws UaException {
    var browse =
        new BrowseDescription(
            parent,
            BrowseDirection.Forward,
            referenceType,
            true,
            uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
            uint(BrowseResultMask.All.getValue()));
    ReferenceDescription[] references =
        Objects.requireNonNull(client.browse(browse).getReferences(), "no references");
    for (ReferenceDescription reference : references) {
      if (reference.getBrowseName().name().equals(browseName)) {
        return reference.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
      }
    }
    throw new AssertionError(browseName + " not found under " + parent);
  }

  private DataValue read(NodeId node) throws UaException {
    return client.readValue(0.0, TimestampsToReturn.Both, node);
  }

  private Object decode(Object value) {
    return value instanceof ExtensionObject xo
        ? xo.decode(client.getStaticEncodingContext())
        : value;
  }
}
