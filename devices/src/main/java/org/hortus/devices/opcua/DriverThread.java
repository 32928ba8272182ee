package org.hortus.devices.opcua;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.DeviceException;

/**
 * The one platform thread an {@link OpcUaDriver} owns ({@code hortus-opcua-driver <endpoint>}, a
 * daemon): blocking Milo calls run here, and every stage the driver returns completes here. Started
 * by the constructor; {@link #stop(Runnable)} runs a last task and ends the thread.
 */
final class DriverThread implements Executor {

  private final String endpointUrl;
  private final ExecutorService executor;

  DriverThread(String endpointUrl) {
    this.endpointUrl = endpointUrl;
    this.executor =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("hortus-opcua-driver " + endpointUrl).daemon().factory());
  }

  /**
   * Runs {@code task} here.
   *
   * @throws RejectedExecutionException once stopping
   */
  @Override
  public void execute(Runnable task) {
    executor.execute(task);
  }

  /** Runs a blocking task here; its failure becomes a DeviceException naming the action. */
  <T> CompletableFuture<T> call(String action, Callable<T> task) {
    var result = new CompletableFuture<T>();
    try {
      executor.execute(
          () -> {
            try {
              result.complete(task.call());
            } catch (Exception e) {
              result.completeExceptionally(Failures.asDeviceException(action, e));
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(closedException());
    }
    return result;
  }

  /** Completes here with Milo's result, or with a DeviceException naming the action. */
  <T> CompletableFuture<T> relay(String action, CompletableFuture<T> milo) {
    var result = new CompletableFuture<T>();
    milo.whenComplete(
        (value, failure) -> {
          Runnable complete =
              failure == null
                  ? () -> result.complete(value)
                  : () -> result.completeExceptionally(Failures.asDeviceException(action, failure));
          try {
            executor.execute(complete);
          } catch (RejectedExecutionException closing) {
            complete.run();
          }
        });
    return result;
  }

  /** Runs {@code last}, then ends the thread; waits at most five seconds. */
  void stop(Runnable last) {
    executor.execute(last);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  DeviceException closedException() {
    return new DeviceException("OPC UA driver for " + endpointUrl + " is closed");
  }
}
