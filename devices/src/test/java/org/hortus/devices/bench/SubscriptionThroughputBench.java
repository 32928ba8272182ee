package org.hortus.devices.bench;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.hortus.devices.Point;
import org.hortus.devices.opcua.OpcUaDriver;
import org.hortus.devices.opcua.OpcUaDriverConfig;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;

/**
 * Speed harness (not a test; surefire does not run it): how many subscribed values per second
 * reach a listener, and how late, through our {@link OpcUaDriver} and through a raw Milo client
 * doing the same, in the same run against the same server.
 *
 * <p>For each point count N: one {@link OpcUaPointServer} on 127.0.0.1 serves N Double points; an
 * updater thread changes every point once per second, in 100 slices of N/100 points every 10 ms
 * (finer than the 100-ms sampling interval, so that change times do not lock to one phase of the
 * server's sampling timer and the sampling wait is spread evenly). Each value encodes (round,
 * point index), and the updater records {@code System.nanoTime()} just before each {@code update},
 * so a listener can compute the latency from the server-side change to its own call (both ends
 * run in this JVM). Then, one after the other (never together):
 *
 * <ol>
 *   <li><b>ours</b>: {@code OpcUaDriver.subscribe(all N points, listener)} with the driver's
 *       default sampling (100 ms) and publishing (200 ms) intervals;
 *   <li><b>raw</b>: {@code OpcUaClient} + one {@code OpcUaSubscription} + N {@code
 *       OpcUaMonitoredItem.newDataItem}, same intervals, same queue settings (Milo's defaults:
 *       queue size 1, discard oldest), same request timeout.
 * </ol>
 *
 * Each gets a warm-up, then a measured window; only values received inside the window count.
 *
 * <p>Arguments: point counts (default {@code 1000 10000 50000}). System properties: {@code
 * bench.warmup} (s, default 5), {@code bench.measure} (s, default 20), {@code bench.sampling} and
 * {@code bench.publishing} (ms, default the driver's), {@code bench.passes} (default 2: ours,
 * raw, then raw, ours; every run makes a new subscription, whose timers fall at new phases, and
 * the summary averages over passes).
 */
public final class SubscriptionThroughputBench {

  /** Values are {@code round * STRIDE + index}: exact in a double for any round we reach. */
  private static final int INDEX_BITS = 17;

  private static final long STRIDE = 1L << INDEX_BITS;
  private static final int MAX_POINTS = (int) STRIDE;

  /** Send times are kept for the last 64 rounds (seconds). */
  private static final int ROUNDS_KEPT = 64;

  private static final int SLICES = 100;
  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1000 / SLICES);

  private static final Duration SUBSCRIBE_TIMEOUT = Duration.ofMinutes(10);

  private final int warmupSeconds = Integer.getInteger("bench.warmup", 5);
  private final int measureSeconds = Integer.getInteger("bench.measure", 20);
  private final Duration sampling =
      Duration.ofMillis(
          Long.getLong(
              "bench.sampling", OpcUaDriverConfig.DEFAULT_SAMPLING_INTERVAL.toMillis()));
  private final Duration publishing =
      Duration.ofMillis(
          Long.getLong(
              "bench.publishing", OpcUaDriverConfig.DEFAULT_PUBLISHING_INTERVAL.toMillis()));
  private final int passes = Integer.getInteger("bench.passes", 2);

  public static void main(String[] args) throws Exception {
    int[] counts =
        args.length == 0
            ? new int[] {1_000, 10_000, 50_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    new SubscriptionThroughputBench().run(counts);
    System.exit(0); // Milo's shared threads are not daemons
  }

  private void run(int[] counts) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "OPC UA subscription throughput: %d cores, %s %s, load average %.2f; warm-up %d s,"
            + " window %d s, sampling %d ms, publishing %d ms, %d pass(es)%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        warmupSeconds,
        measureSeconds,
        sampling.toMillis(),
        publishing.toMillis(),
        passes);
    List<Result> results = new ArrayList<>();
    for (int n : counts) {
      results.addAll(runFor(n));
    }
    printTable(results);
    printCommand(counts);
  }

  private List<Result> runFor(int n) throws Exception {
    if (n < SLICES || n > MAX_POINTS) {
      throw new IllegalArgumentException("point count must be " + SLICES + ".." + MAX_POINTS);
    }
    List<ServedPoint> served = new ArrayList<>(n);
    String[] paths = new String[n];
    for (int i = 0; i < n; i++) {
      paths[i] = "Bench/B" + (i / 100) + "/P" + i;
      served.add(new ServedPoint(paths[i], "1", false, -1.0));
    }
    List<Result> results = new ArrayList<>();
    long serverStart = System.nanoTime();
    System.out.printf(Locale.ROOT, "%n== N = %,d: starting server%n", n);
    try (OpcUaPointServer server = OpcUaPointServer.start("127.0.0.1", 0, served)) {
      System.out.printf(
          Locale.ROOT, "server up in %.1f s at %s%n", seconds(serverStart), server.endpointUrl());
      Updater updater = new Updater(server, paths);
      updater.start();
      try {
        for (int pass = 0; pass < passes; pass++) {
          boolean oursFirst = pass % 2 == 0;
          for (int k = 0; k < 2; k++) {
            boolean ours = (k == 0) == oursFirst;
            Result result =
                ours
                    ? measureOurs(server, paths, updater, pass + 1)
                    : measureRaw(server, paths, updater, pass + 1);
            System.out.println("   " + result.line());
            results.add(result);
          }
        }
      } finally {
        updater.stop();
      }
      System.out.printf(
          Locale.ROOT,
          "updater: slowest slice of %,d updates took %.1f ms; latest tick start %.1f ms late%n",
          n / SLICES,
          updater.slowestSliceNanos.get() / 1e6,
          updater.latestLateNanos.get() / 1e6);
    }
    return results;
  }

  // ---------------------------------------------------------------- the two clients

  private Result measureOurs(OpcUaPointServer server, String[] paths, Updater updater, int pass)
      throws Exception {
    int n = paths.length;
    OpcUaDriverConfig config =
        OpcUaDriverConfig.builder(server.endpointUrl())
            .samplingInterval(sampling)
            .publishingInterval(publishing)
            .build();
    List<Point> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(new Point("p" + i, paths[i], server.address(paths[i]), "1", false));
    }
    Recorder recorder = new Recorder("ours", pass, n, measureSeconds, updater);
    OpcUaDriver driver = new OpcUaDriver(config);
    try {
      long setupStart = System.nanoTime();
      driver.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
      long connected = System.nanoTime();
      driver
          .subscribe(
              points,
              value -> {
                if (value.isGood()) {
                  recorder.record(value.value());
                } else {
                  recorder.bad.incrementAndGet();
                }
              })
          .toCompletableFuture()
          .get(SUBSCRIBE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      recorder.setupSeconds = seconds(setupStart);
      recorder.setupDetail =
          String.format(
              Locale.ROOT,
              "connect %.1f, subscribe %.1f",
              (connected - setupStart) / 1e9,
              seconds(connected));
      return recorder.measure(warmupSeconds, measureSeconds);
    } catch (Exception e) {
      return recorder.failed(e);
    } finally {
      driver.close();
    }
  }

  private Result measureRaw(OpcUaPointServer server, String[] paths, Updater updater, int pass)
      throws Exception {
    int n = paths.length;
    Recorder recorder = new Recorder("raw Milo", pass, n, measureSeconds, updater);
    OpcUaClient client = null;
    OpcUaSubscription subscription = null;
    try {
      long setupStart = System.nanoTime();
      client =
          OpcUaClient.create(
              server.endpointUrl(),
              endpoints ->
                  endpoints.stream()
                      .filter(e -> e.getSecurityMode() == MessageSecurityMode.None)
                      .findFirst(),
              transport -> {},
              builder ->
                  builder.setRequestTimeout(
                      uint(OpcUaDriverConfig.DEFAULT_REQUEST_TIMEOUT.toMillis())));
      client.connect();
      long connected = System.nanoTime();
      subscription = new OpcUaSubscription(client, (double) publishing.toMillis());
      List<OpcUaMonitoredItem> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        OpcUaMonitoredItem item =
            OpcUaMonitoredItem.newDataItem(NodeId.parse(server.address(paths[i])));
        item.setSamplingInterval(sampling.toMillis());
        item.setDataValueListener(
            (monitoredItem, dataValue) -> {
              if (dataValue.statusCode() == null || dataValue.statusCode().isGood()) {
                if (dataValue.value().value() instanceof Double d) {
                  recorder.record(d);
                  return;
                }
              }
              recorder.bad.incrementAndGet();
            });
        items.add(item);
      }
      long built = System.nanoTime();
      subscription.addMonitoredItems(items);
      long added = System.nanoTime();
      subscription.create();
      try {
        subscription.synchronizeMonitoredItems();
      } catch (MonitoredItemSynchronizationException e) {
        long refused = e.getCreateResults().stream().filter(r -> !r.isGood()).count();
        recorder.bad.addAndGet(refused);
      }
      recorder.setupSeconds = seconds(setupStart);
      recorder.setupDetail =
          String.format(
              Locale.ROOT,
              "connect %.1f, build items %.1f, addMonitoredItems %.1f, create+synchronize %.1f",
              (connected - setupStart) / 1e9,
              (built - connected) / 1e9,
              (added - built) / 1e9,
              seconds(added));
      return recorder.measure(warmupSeconds, measureSeconds);
    } catch (Exception e) {
      return recorder.failed(e);
    } finally {
      if (subscription != null) {
        try {
          subscription.deleteAsync().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // the server is still there; a failed delete only leaves it to time out
        }
      }
      if (client != null) {
        client.disconnectAsync().get(10, TimeUnit.SECONDS);
      }
    }
  }

  // ---------------------------------------------------------------- server-side changes

  /** Changes every point once per second, in {@value #SLICES} slices, recording send times. */
  private static final class Updater {
    private final OpcUaPointServer server;
    private final String[] paths;
    private final long[][] sendNanos;
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong slowestSliceNanos = new AtomicLong();
    private final AtomicLong latestLateNanos = new AtomicLong();

    /** The slowest slice since the current measured window began. */
    private final AtomicLong windowSlowestSliceNanos = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    Updater(OpcUaPointServer server, String[] paths) {
      this.server = server;
      this.paths = paths;
      this.sendNanos = new long[ROUNDS_KEPT][paths.length];
    }

    void start() {
      thread = Thread.ofPlatform().name("bench-updater").daemon().start(this::loop);
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long sendNanos(long round, int index) {
      return sendNanos[(int) (round % ROUNDS_KEPT)][index];
    }

    private void loop() {
      int n = paths.length;
      long start = System.nanoTime();
      for (long tick = 0; running; tick++) {
        long deadline = start + tick * TICK_NANOS;
        long wait;
        while ((wait = deadline - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        long sliceStart = System.nanoTime();
        latestLateNanos.set(sliceStart - deadline);
        long round = tick / SLICES + 1;
        int slice = (int) (tick % SLICES);
        int from = (int) ((long) n * slice / SLICES);
        int to = (int) ((long) n * (slice + 1) / SLICES);
        long[] times = sendNanos[(int) (round % ROUNDS_KEPT)];
        Instant sourceTime = Instant.now();
        for (int i = from; i < to; i++) {
          times[i] = System.nanoTime();
          server.update(paths[i], (double) (round * STRIDE + i), sourceTime);
        }
        updates.addAndGet(to - from);
        long took = System.nanoTime() - sliceStart;
        slowestSliceNanos.accumulateAndGet(took, Math::max);
        windowSlowestSliceNanos.accumulateAndGet(took, Math::max);
      }
    }
  }

  // ---------------------------------------------------------------- what a listener sees

  /** Counts and timestamps values for one client; the listener calls {@link #record}. */
  private static final class Recorder {
    private final String client;
    private final int pass;
    private final int points;
    private final Updater updater;
    private final long[] latencies;
    private final AtomicInteger stored = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong inWindow = new AtomicLong();
    private final AtomicLong bad = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private double setupSeconds = Double.NaN;
    private String setupDetail = "";

    Recorder(String client, int pass, int points, int measureSeconds, Updater updater) {
      this.client = client;
      this.pass = pass;
      this.points = points;
      this.updater = updater;
      this.latencies = new long[Math.multiplyExact(points, measureSeconds + 5)];
    }

    /** Called on the client's delivery thread for each good value. */
    void record(double value) {
      long now = System.nanoTime();
      received.incrementAndGet();
      if (now - windowStart < 0 || now - windowEnd >= 0 || value < 0) {
        return;
      }
      inWindow.incrementAndGet();
      long encoded = (long) value;
      long round = encoded >>> INDEX_BITS;
      int index = (int) (encoded & (STRIDE - 1));
      long latency = now - updater.sendNanos(round, index);
      if (latency < 0 || latency > TimeUnit.SECONDS.toNanos(ROUNDS_KEPT / 2)) {
        unmatched.incrementAndGet();
        return;
      }
      int slot = stored.getAndIncrement();
      if (slot < latencies.length) {
        latencies[slot] = latency;
      }
    }

    Result measure(int warmupSeconds, int measureSeconds) throws InterruptedException {
      Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));
      long gcBefore = gcMillis();
      long cpuBefore = processCpuNanos();
      long updatesBefore = updater.updates.get();
      updater.windowSlowestSliceNanos.set(0);
      long start = System.nanoTime();
      windowStart = start;
      windowEnd = start + TimeUnit.SECONDS.toNanos(measureSeconds);
      LockSupport.parkNanos(windowEnd - System.nanoTime());
      while (System.nanoTime() - windowEnd < 0) {
        LockSupport.parkNanos(windowEnd - System.nanoTime());
      }
      long updatesInWindow = updater.updates.get() - updatesBefore;
      double slowestSliceMs = updater.windowSlowestSliceNanos.get() / 1e6;
      double cpuCores = (processCpuNanos() - cpuBefore) / (double) (windowEnd - start);
      long gc = gcMillis() - gcBefore;
      Thread.sleep(1000); // late values are outside the window anyway; let the listener settle
      int count = Math.min(stored.get(), latencies.length);
      long[] sorted = Arrays.copyOf(latencies, count);
      Arrays.sort(sorted);
      double window = (windowEnd - start) / 1e9;
      return new Result(
          points,
          client,
          pass,
          setupSeconds,
          inWindow.get() / window,
          updatesInWindow / window,
          percentileMs(sorted, 0.50),
          percentileMs(sorted, 0.99),
          count == 0 ? Double.NaN : sorted[count - 1] / 1e6,
          cpuCores,
          gc,
          slowestSliceMs,
          setupDetail,
          bad.get(),
          unmatched.get(),
          Optional.empty());
    }

    Result failed(Exception e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      String why = cause.getClass().getSimpleName() + ": " + cause.getMessage();
      System.out.println("   " + client + " FAILED after " + received.get() + " values: " + why);
      double none = Double.NaN;
      return new Result(
          points, client, pass, setupSeconds, none, none, none, none, none, none, 0, none,
          setupDetail, bad.get(), unmatched.get(), Optional.of(why));
    }
  }

  private static double percentileMs(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length) - 1; // nearest-rank
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  // ---------------------------------------------------------------- report

  private record Result(
      int points,
      String client,
      int pass,
      double setupSeconds,
      double valuesPerSecond,
      double changesPerSecond,
      double p50Ms,
      double p99Ms,
      double maxMs,
      double cpuCores,
      long gcMillis,
      double updaterSlowestSliceMs,
      String setupDetail,
      long bad,
      long unmatched,
      Optional<String> failure) {

    String line() {
      return failure
          .map(f -> String.format(Locale.ROOT, "%-8s N=%,d FAILED: %s", client, points, f))
          .orElseGet(
              () ->
                  String.format(
                      Locale.ROOT,
                      "%-8s N=%,d setup %.1f s%s, %,.0f values/s of %,.0f changes/s, latency p50"
                          + " %.0f ms p99 %.0f ms max %.0f ms, process CPU %.2f cores, GC %d ms,"
                          + " updater's slowest slice %.1f ms, bad %d, unmatched %d",
                      client,
                      points,
                      setupSeconds,
                      setupDetail.isEmpty() ? "" : " (" + setupDetail + ")",
                      valuesPerSecond,
                      changesPerSecond,
                      p50Ms,
                      p99Ms,
                      maxMs,
                      cpuCores,
                      gcMillis,
                      updaterSlowestSliceMs,
                      bad,
                      unmatched));
    }
  }

  private void printTable(List<Result> results) {
    System.out.println();
    System.out.println(
        "| points | client | pass | setup (s) | values/s received | of changes/s | p50 (ms)"
            + " | p99 (ms) | max (ms) | CPU (cores) |");
    System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Result r : results) {
      if (r.failure().isPresent()) {
        System.out.printf(
            Locale.ROOT,
            "| %,d | %s | %d | failed: %s | | | | | | |%n",
            r.points(),
            r.client(),
            r.pass(),
            r.failure().get());
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "| %,d | %s | %d | %.1f | %,.0f | %,.0f | %.0f | %.0f | %.0f | %.2f |%n",
          r.points(),
          r.client(),
          r.pass(),
          r.setupSeconds(),
          r.valuesPerSecond(),
          r.changesPerSecond(),
          r.p50Ms(),
          r.p99Ms(),
          r.maxMs(),
          r.cpuCores());
    }
    System.out.println();
    System.out.println("Mean over passes:");
    System.out.println(
        "| points | values/s ours / raw (ratio) | p50 ms ours / raw"
            + " | p99 ms ours / raw | CPU cores ours / raw | goal at 10,000 points |");
    System.out.println("|---:|---:|---:|---:|---:|---|");
    for (int n : results.stream().mapToInt(Result::points).distinct().toArray()) {
      double ours = mean(results, n, "ours", Result::valuesPerSecond);
      double raw = mean(results, n, "raw Milo", Result::valuesPerSecond);
      double oursP99 = mean(results, n, "ours", Result::p99Ms);
      double ratio = ours / raw;
      String goal =
          n != 10_000
              ? ""
              : String.format(
                  Locale.ROOT,
                  "ratio >= 0.8: %s; p99 < 250 ms: %s",
                  ratio >= 0.8 ? "met" : "NOT met",
                  oursP99 < 250 ? "met" : "NOT met");
      System.out.printf(
          Locale.ROOT,
          "| %,d | %,.0f / %,.0f (%.3f) | %.0f / %.0f | %.0f / %.0f | %.2f / %.2f | %s |%n",
          n,
          ours,
          raw,
          ratio,
          mean(results, n, "ours", Result::p50Ms),
          mean(results, n, "raw Milo", Result::p50Ms),
          oursP99,
          mean(results, n, "raw Milo", Result::p99Ms),
          mean(results, n, "ours", Result::cpuCores),
          mean(results, n, "raw Milo", Result::cpuCores),
          goal);
    }
  }

  private static double mean(
      List<Result> results, int n, String client, java.util.function.ToDoubleFunction<Result> f) {
    return results.stream()
        .filter(r -> r.points() == n && r.client().equals(client))
        .mapToDouble(f)
        .average()
        .orElse(Double.NaN);
  }

  private void printCommand(int[] counts) {
    StringBuilder props = new StringBuilder();
    for (String name :
        List.of("bench.warmup", "bench.measure", "bench.sampling", "bench.publishing",
            "bench.passes")) {
      String value = System.getProperty(name);
      if (value != null) {
        props.append(" -D").append(name).append('=').append(value);
      }
    }
    StringBuilder args = new StringBuilder();
    for (int n : counts) {
      args.append(' ').append(n);
    }
    System.out.println();
    System.out.println("Command (from /work/main, after building):");
    System.out.println("  ./dev mvn -q -pl devices -am install -DskipTests");
    System.out.println(
        "  ./dev mvn -q -pl devices dependency:build-classpath -Dmdep.includeScope=test"
            + " -Dmdep.outputFile=target/test-classpath.txt");
    System.out.println(
        "  \"$(ls -d /usr/lib/jvm/temurin-25*)/bin/java\""
            + props
            + " -cp devices/target/test-classes:devices/target/classes:$(cat"
            + " devices/target/test-classpath.txt)"
            + " org.hortus.devices.bench.SubscriptionThroughputBench"
            + args);
  }
}
