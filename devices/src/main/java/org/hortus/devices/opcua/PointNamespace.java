package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.BaseAnalogType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
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
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.devices.opcua.OpcUaPointServer.WriteListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address space of an {@link OpcUaPointServer}: one folder per path segment, one Double
 * variable per point, with NodeId {@code s=<path>}. Value changes reach subscribed clients through
 * Milo's {@link SubscriptionModel}, which samples the nodes on the server's executor.
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
  private final Map<String, UaFolderNode> folders = new HashMap<>();
  private volatile WriteListener writeListener = (path, value) -> true;

  PointNamespace(OpcUaServer server, List<ServedPoint> points) {
    super(server, URI);
    this.points = List.copyOf(points);
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
    for (ServedPoint point : points) {
      String[] segments = point.path().split("/");
      UaFolderNode parent = null;
      for (int i = 0; i < segments.length - 1; i++) {
        parent = folder(String.join("/", List.of(segments).subList(0, i + 1)), parent);
      }
      addVariable(point, segments[segments.length - 1], parent);
    }
  }

  private UaFolderNode folder(String path, UaFolderNode parent) {
    UaFolderNode existing = folders.get(path);
    if (existing != null) {
      return existing;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    var folder =
        new UaFolderNode(
            getNodeContext(), newNodeId(path), newQualifiedName(name), LocalizedText.english(name));
    getNodeManager().addNode(folder);
    organize(parent, folder);
    folders.put(path, folder);
    return folder;
  }

  private void addVariable(ServedPoint point, String name, UaFolderNode parent) {
    Set<AccessLevel> access = point.writable() ? AccessLevel.READ_WRITE : AccessLevel.READ_ONLY;
    UaVariableNode node =
        new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
            .setNodeId(newNodeId(point.path()))
            .setBrowseName(newQualifiedName(name))
            .setDisplayName(LocalizedText.english(name))
            .setDataType(NodeIds.Double)
            .setTypeDefinition(NodeIds.BaseAnalogType)
            .setAccessLevel(access)
            .setUserAccessLevel(access)
            .setValue(goodValue(point.initialValue(), Instant.now()))
            .build();
    if (point.writable()) {
      node.getFilterChain().addLast(new WriteGate(point.path()));
    }
    getNodeManager().addNode(node);
    organize(parent, node);
    node.setProperty(BaseAnalogType.ENGINEERING_UNITS, EngineeringUnits.of(point.unit()));
    variables.put(point.path(), node);
  }

  /** Links {@code child} under {@code parent}, or under the Objects folder when parent is null. */
  private static void organize(UaFolderNode parent, UaNode child) {
    if (parent != null) {
      parent.addOrganizes(child);
    } else {
      child.addReference(
          new Reference(
              child.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
    }
  }

  /** Passes client writes of a writable point through the {@link WriteListener}. */
  private final class WriteGate implements AttributeFilter {
    private final String path;

    WriteGate(String path) {
      this.path = path;
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
