package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemType;
import org.eclipse.milo.opcua.sdk.server.model.variables.BaseAnalogType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.devices.opcua.OpcUaPointServer.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address space of an {@link OpcUaPointServer}: one node per path segment, shaped by {@link
 * PointTree} (folders Organize, objects HasComponent), one Double variable per point with NodeId
 * {@code s=<path>}, type AnalogItemType with EURange when the point has a range (BaseAnalogType
 * otherwise) and an EngineeringUnits property. Writes outside the EURange get Bad_OutOfRange. Value
 * changes reach subscribed clients through Milo's {@link SubscriptionModel}, which samples the
 * nodes on the server's executor.
 *
 * <p>Nodes are created in {@link #startup()} (on the caller's thread) and never change afterwards.
 * Client writes pass the {@link WriteListener} on a Milo server thread.
 */
final class PointNamespace extends ManagedNamespaceWithLifecycle {

  static final String URI = "urn:hortus:field-devices";

  private static final Logger LOG = LoggerFactory.getLogger(PointNamespace.class);

  private final SubscriptionModel subscriptionModel;
  private final List<ServedPoint> points;
  private final Map<String, UaVariableNode> variables = new ConcurrentHashMap<>();
  private final PointTree tree;
  private final Map<String, UaObjectNode> containers = new HashMap<>();
  private volatile WriteListener writeListener = (path, value) -> true;

  PointNamespace(OpcUaServer server, List<ServedPoint> points) {
    super(server, URI);
    this.points = List.copyOf(points);
    this.tree = PointTree.of(this.points);
    subscriptionModel = new SubscriptionModel(server, this);
    getLifecycleManager().addLifecycle(subscriptionModel);
    getLifecycleManager().addStartupTask(this::addNodes);
  }

  void setWriteListener(WriteListener listener) {
    writeListener = listener;
  }

  /** The variable node at {@code path}; IllegalArgumentException naming the path if none. */
  UaVariableNode variable(String path) {
    UaVariableNode node = variables.get(path);
    if (node == null) {
      throw new IllegalArgumentException("no point served at path " + path);
    }
    return node;
  }

  NodeId nodeId(String path) {
    return variable(path).getNodeId();
  }

  static DataValue goodValue(double value, Instant sourceTime) {
    return new DataValue(
        Variant.ofDouble(value), StatusCode.GOOD, new DateTime(sourceTime), DateTime.now());
  }

  private void addNodes() {
    for (Map.Entry<String, PointTree.Kind> container : tree.containers().entrySet()) {
      addContainer(container.getKey(), container.getValue());
    }
    points.forEach(this::addVariable);
  }

  private void addContainer(String path, PointTree.Kind kind) {
    String name = PointTree.name(path);
    UaObjectNode node =
        kind == PointTree.Kind.FOLDER
            ? new UaFolderNode(
                getNodeContext(),
                newNodeId(path),
                newQualifiedName(name),
                LocalizedText.english(name))
            : new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(path))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
    getNodeManager().addNode(node);
    link(PointTree.parent(path), node);
    containers.put(path, node);
  }

  private void addVariable(ServedPoint point) {
    String name = PointTree.name(point.path());
    Set<AccessLevel> access = point.writable() ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY;
    UaVariableNode node =
        new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
            .setNodeId(newNodeId(point.path()))
            .setBrowseName(newQualifiedName(name))
            .setDisplayName(LocalizedText.english(name))
            .setDataType(NodeIds.Double)
            .setValueRank(ValueRanks.Scalar)
            .setTypeDefinition(
                point.euRange().isPresent() ? NodeIds.AnalogItemType : NodeIds.BaseAnalogType)
            .setAccessLevel(access)
            .setUserAccessLevel(access)
            .setHistorizing(false)
            .setValue(goodValue(point.initialValue(), Instant.now()))
            .build();
    if (point.writable()) {
      node.getFilterChain().addLast(new WriteGate(point));
    }
    getNodeManager().addNode(node);
    link(PointTree.parent(point.path()), node);
    node.setProperty(BaseAnalogType.ENGINEERING_UNITS, EngineeringUnits.of(point.unit()));
    point
        .euRange()
        .ifPresent(
            range ->
                node.setProperty(AnalogItemType.EU_RANGE, new Range(range.low(), range.high())));
    variables.put(point.path(), node);
  }

  /**
   * Links {@code child} under its parent: Organizes from a folder (or from the Objects folder at
   * the top), HasComponent from an object.
   */
  private void link(Optional<String> parentPath, UaNode child) {
    if (parentPath.isEmpty()) {
      child.addReference(
          new Reference(
              child.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
    } else if (tree.kind(parentPath.get()) == PointTree.Kind.FOLDER) {
      ((UaFolderNode) containers.get(parentPath.get())).addOrganizes(child);
    } else {
      containers.get(parentPath.get()).addComponent(child);
    }
  }

  /** Passes client writes of a writable point through the {@link WriteListener}. */
  private final class WriteGate implements AttributeFilter {
    private final String path;
    private final Optional<OpcUaPointServer.EuRange> range;

    WriteGate(ServedPoint point) {
      this.path = point.path();
      this.range = point.euRange();
    }

    @Override
    public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value)
        throws UaException {
      if (attributeId != AttributeId.Value) {
        ctx.writeAttribute(attributeId, value);
        return;
      }
      DataValue written = (DataValue) value;
      if (!(written.value().value() instanceof Double requested)) {
        throw new UaException(StatusCodes.Bad_TypeMismatch, path + " accepts only a Double");
      }
      if (range.isPresent() && !range.get().contains(requested)) {
        throw new UaException(
            StatusCodes.Bad_OutOfRange, requested + " is outside " + path + "'s " + range.get());
      }
      if (!accepts(requested)) {
        throw new UaException(
            StatusCodes.Bad_OutOfRange, "write of " + requested + " to " + path + " rejected");
      }
      ctx.writeAttribute(attributeId, written.withStatus(StatusCode.GOOD));
    }

    private boolean accepts(double requested) throws UaException {
      try {
        return writeListener.accept(path, requested);
      } catch (RuntimeException e) {
        LOG.warn("write listener failed for {}", path, e);
        throw new UaException(StatusCodes.Bad_InternalError, "write listener failed", e);
      }
    }
  }

  @Override
  public void onDataItemsCreated(List<DataItem> dataItems) {
    subscriptionModel.onDataItemsCreated(dataItems);
  }

  @Override
  public void onDataItemsModified(List<DataItem> dataItems) {
    subscriptionModel.onDataItemsModified(dataItems);
  }

  @Override
  public void onDataItemsDeleted(List<DataItem> dataItems) {
    subscriptionModel.onDataItemsDeleted(dataItems);
  }

  @Override
  public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
    subscriptionModel.onMonitoringModeChanged(monitoredItems);
  }
}
