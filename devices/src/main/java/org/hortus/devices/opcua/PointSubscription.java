package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.hortus.devices.Point;
import org.hortus.devices.PointListener;
import org.hortus.devices.PointValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OPC UA subscription with one monitored data item per point, owned by an {@link OpcUaDriver}.
 *
 * <p>Every call to the {@link PointListener} runs on the subscription's delivery queue (a serial
 * task queue on Milo's shared executor): one call at a time, in order. Besides data changes the
 * listener gets BAD values when an item cannot be created or the session is lost.
 *
 * <p>After a server restart Milo reconnects by itself but cannot transfer the subscription; this
 * class then creates it again on the driver's thread, and the listener gets current values again.
 */
final class PointSubscription implements OpcUaSubscription.SubscriptionListener {

  private static final Logger LOG = LoggerFactory.getLogger(PointSubscription.class);

  private final OpcUaClient client;
  private final Executor driverThread;
  private final PointListener listener;
  private final OpcUaSubscription subscription;
  private final Map<OpcUaMonitoredItem, Point> points = new LinkedHashMap<>();
  private final SessionActivityListener sessionWatch =
      new SessionActivityListener() {
        @Override
        public void onSessionInactive(UaSession session) {
          deliverBad(List.copyOf(points.values()), "Bad_NotConnected");
        }
      };
  private volatile boolean closed;

  private PointSubscription(OpcUaClient client, Executor driverThread, PointListener listener) {
    this.client = client;
    this.driverThread = driverThread;
    this.listener = listener;
    this.subscription = new OpcUaSubscription(client, OpcUaDriver.PUBLISHING_INTERVAL_MS);
  }

  /** Creates the subscription and its items on the server. Blocks: call on the driver thread. */
  static PointSubscription open(
      OpcUaClient client, Executor driverThread, Map<Point, NodeId> nodes, PointListener listener)
      throws UaException {
    var created = new PointSubscription(client, driverThread, listener);
    nodes.forEach(created::addItem);
    created.subscription.setSubscriptionListener(created);
    created.subscription.create();
    created.synchronize();
    client.addSessionActivityListener(created.sessionWatch);
    return created;
  }

  /** Deletes the subscription on the server (waiting at most two seconds). */
  void close() {
    closed = true;
    client.removeSessionActivityListener(sessionWatch);
    try {
      subscription.deleteAsync().toCompletableFuture().get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debug("subscription not deleted cleanly: {}", e.toString());
    }
  }

  @Override
  public void onTransferFailed(OpcUaSubscription ignored, StatusCode status) {
    LOG.info("subscription lost ({}); creating it again", OpcUaValues.statusName(status));
    driverThread.execute(this::recreate);
  }

  private void addItem(Point point, NodeId nodeId) {
    OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodeId);
    item.setSamplingInterval(OpcUaDriver.SAMPLING_INTERVAL_MS);
    item.setDataValueListener(
        (monitoredItem, value) ->
            notify(OpcUaValues.toPointValue(point.id(), value, Instant.now())));
    subscription.addMonitoredItem(item);
    points.put(item, point);
  }

  private void recreate() {
    if (closed) {
      return;
    }
    try {
      subscription.create();
      synchronize();
    } catch (UaException e) {
      LOG.warn("could not create the subscription again", e);
      deliverBad(List.copyOf(points.values()), OpcUaValues.statusName(e.getStatusCode()));
    }
  }

  /** Creates the items; an item the server refuses gets a BAD value with the reason. */
  private void synchronize() {
    try {
      subscription.synchronizeMonitoredItems();
    } catch (MonitoredItemSynchronizationException e) {
      for (MonitoredItemServiceOperationResult result : e.getCreateResults()) {
        if (!result.isGood()) {
          StatusCode status =
              result.serviceResult().isGood()
                  ? result.operationResult().orElse(result.serviceResult())
                  : result.serviceResult();
          Point point = points.get(result.monitoredItem());
          deliverBad(List.of(point), OpcUaValues.statusName(status));
        }
      }
    }
  }

  private void deliverBad(List<Point> badPoints, String reason) {
    if (closed) {
      return;
    }
    subscription
        .getDeliveryQueue()
        .execute(
            () -> {
              Instant now = Instant.now();
              badPoints.forEach(point -> notify(PointValue.bad(point.id(), reason, now)));
            });
  }

  private void notify(PointValue value) {
    try {
      listener.onValue(value);
    } catch (RuntimeException e) {
      LOG.warn("point listener failed on {}", value.pointId(), e);
    }
  }
}
