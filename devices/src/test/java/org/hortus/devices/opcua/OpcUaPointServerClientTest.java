package org.hortus.devices.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Objects;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The point server as any OPC UA client sees it: a plain Milo client, no Hortus driver. */
class OpcUaPointServerClientTest {

  static final List<ServedPoint> POINTS =
      List.of(
          new ServedPoint(OpcUaPointServerAndDriverTest.AIR, "°C", false, 21.5)
              .withEuRange(-20, 60),
          new ServedPoint(OpcUaPointServerAndDriverTest.HUMIDITY, "%", false, 70.0),
          new ServedPoint(OpcUaPointServerAndDriverTest.VENT, "%", true, 10.0));

  OpcUaPointServer server;
  OpcUaClient client;

  @BeforeEach
  void startServerAndConnect() throws UaException {
    server = OpcUaPointServer.start("127.0.0.1", 0, POINTS);
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

  @Test
  void foldersOrganizeAndTheObjectHoldingPointsHasThemAsComponents() throws UaException {
    ReferenceDescription park = reference(NodeIds.ObjectsFolder, "Park", NodeIds.Organizes);
    ReferenceDescription greenhouse = reference(nodeId(park), "GH-01", NodeIds.Organizes);
    ReferenceDescription climate = reference(nodeId(greenhouse), "Climate", NodeIds.Organizes);
    ReferenceDescription air = reference(nodeId(climate), "AirTemperature", NodeIds.HasComponent);

    assertEquals(NodeIds.FolderType, typeDefinition(park));
    assertEquals(NodeIds.FolderType, typeDefinition(greenhouse));
    assertEquals(NodeClass.Object, climate.getNodeClass());
    assertEquals(NodeIds.BaseObjectType, typeDefinition(climate));
    assertEquals(NodeClass.Variable, air.getNodeClass());
  }

  @Test
  void pointWithARangeIsAnAnalogItemWithEuRangeAndScalarDouble() throws UaException {
    NodeId air = NodeId.parse(server.address(OpcUaPointServerAndDriverTest.AIR));
    NodeId humidity = NodeId.parse(server.address(OpcUaPointServerAndDriverTest.HUMIDITY));

    Range range = (Range) decode(read(child(air, "EURange", NodeIds.HasProperty)).value().value());

    assertEquals(-20.0, range.getLow());
    assertEquals(60.0, range.getHigh());
    assertEquals(NodeIds.AnalogItemType, typeDefinition(parentReference(air)));
    assertEquals(NodeIds.BaseAnalogType, typeDefinition(parentReference(humidity)));
    assertEquals(NodeIds.Double, attribute(air, AttributeId.DataType));
    assertEquals(ValueRanks.Scalar, attribute(air, AttributeId.ValueRank));
  }

  private NodeId child(NodeId parent, String browseName, NodeId referenceType) throws UaException {
    return nodeId(reference(parent, browseName, referenceType));
  }

  /** The reference from the node's parent object to the node (it carries the type definition). */
  private ReferenceDescription parentReference(NodeId variable) throws UaException {
    NodeId climate = NodeId.parse("ns=2;s=Park/GH-01/Climate");
    String name = variable.getIdentifier().toString().replaceAll(".*/", "");
    return reference(climate, name, NodeIds.HasComponent);
  }

  private ReferenceDescription reference(NodeId parent, String browseName, NodeId referenceType)
      throws UaException {
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
        return reference;
      }
    }
    throw new AssertionError(browseName + " not found under " + parent + " by " + referenceType);
  }

  private NodeId nodeId(ReferenceDescription reference) {
    return reference.getNodeId().toNodeId(client.getNamespaceTable()).orElseThrow();
  }

  private NodeId typeDefinition(ReferenceDescription reference) {
    return reference.getTypeDefinition().toNodeId(client.getNamespaceTable()).orElseThrow();
  }

  private Object attribute(NodeId node, AttributeId attribute) throws UaException {
    return client
        .read(
            0.0,
            TimestampsToReturn.Neither,
            List.of(new ReadValueId(node, attribute.uid(), null, QualifiedName.NULL_VALUE)))
        .getResults()[0]
        .value()
        .value();
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
