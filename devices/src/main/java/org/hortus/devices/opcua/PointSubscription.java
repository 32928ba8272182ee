package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
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
 * <p>When the session comes back, the points get current values again: after a server restart Milo
 * cannot transfer the subscription, so this class creates it again; when the old session survived
 * (a short network loss), it reads the current values once, since unchanged values would not be
 * sent again. Both run on the driver's thread.
 */
final class PointSubscription implements OpcUaSubscription.SubscriptionListener {

  private static final Logger LOG = LoggerFactory.getLogger(PointSubscription.class);

  private final OpcUaClient client;
  private final Executor driverThread;
  private final PointListener listener;
  private final OpcUaSubscription subscription;
  private final double samplingIntervalMs;
  private final Map<OpcUaMonitoredItem, Point> points = new LinkedHashMap<>();
  private final Map<Point, NodeId> nodes = new LinkedHashMap<>();

  /** Points that got a notification since the last refresh began; delivery queue only. */
  private final Set<Point> notifiedSinceRefresh = new HashSet<>();

  private final SessionActivityListener sessionWatch =
      new SessionActivityListener() {
        @Override
        public void onSessionInactive(UaSession session) {
          deliverBad(List.copyOf(nodes.keySet()), "Bad_NotConnected");
        }

        @Override
        public void onSessionActive(UaSession session) {
          execute(PointSubscription.this::refresh);
        }
      };
  private volatile boolean closed;

  private PointSubscription(
      OpcUaClient client, Executor driverThread, OpcUaDriverConfig config, PointListener listener) {
    this.client = client;
    this.driverThread = driverThread;
    this.listener = listener;
    this.samplingIntervalMs = config.samplingInterval().toMillis();
    this.subscription =
        new OpcUaSubscription(client, (double) config.publishingInterval().toMillis());
  }

  /** Creates the subscription and its items on the server. Blocks: call on the driver thread. */
  static PointSubscription open(
      OpcUaClient client,
      Executor driverThread,
      OpcUaDriverConfig config,
      Map<Point, NodeId> nodes,
      PointListener listener)
      throws UaException {
    var created = new PointSubscription(client, driverThread, config, listener);
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
    execute(this::recreate);
  }

  private void addItem(Point point, NodeId nodeId) {
    OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodeId);
    item.setSamplingInterval(samplingIntervalMs);
    item.setDataValueListener(
        (monitoredItem, value) -> {
          notifiedSinceRefresh.add(point);
          notify(OpcUaValues.toPointValue(point.id(), value, Instant.now()));
        });
    subscription.addMonitoredItem(item);
    points.put(item, point);
    nodes.put(point, nodeId);
  }

  private void recreate() {
    if (closed) {
      return;
    }
    try {
      subscription.create();
      synchronize();
    } catch (UaException e) {
      LOG.warn("could not create the subscription again: {}", Failures.reason(e));
      deliverBad(List.copyOf(nodes.keySet()), OpcUaValues.statusName(e.getStatusCode()));
    }
  }

  /**
   * Reads every point once and delivers the value, unless a notification for that point arrived
   * meanwhile (it is newer). Blocks: runs on the driver thread.
   */
  private void refresh() {
    if (closed) {
      return;
    }
    List<Point> order = new ArrayList<>(nodes.keySet());
    subscription.getDeliveryQueue().execute(notifiedSinceRefresh::clear);
    List<DataValue> values;
    try {
      values =
          client.readValues(0.0, TimestampsToReturn.Both, order.stream().map(nodes::get).toList());
    } catch (UaException e) {
      LOG.debug("refresh after reconnect failed: {}", Failures.reason(e));
      return; // the session is gone again; the next activation refreshes
    }
    subscription
        .getDeliveryQueue()
        .execute(
            () -> {
              Instant now = Instant.now();
              for (int i = 0; i < order.size(); i++) {
                if (!closed && !notifiedSinceRefresh.contains(order.get(i))) {
                  notify(OpcUaValues.toPointValue(order.get(i).id(), values.get(i), now));
                }
              }
            });
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

  private void execute(Runnable task) {
    if (closed) {
      return;
    }
    try {
      driverThread.execute(task);
    } catch (RejectedExecutionException closing) {
      // The driver is closing: nothing to recover any more.
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
