package org.hortus.app.bench;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.app.runtime.PointRegistry;
import org.hortus.app.store.Database;
import org.hortus.devices.Point;
import org.hortus.devices.opcua.OpcUaDriver;
import org.hortus.devices.opcua.OpcUaDriverConfig;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;

/**
 * Speed harness, not a test (surefire never runs it): values per second along the whole history
 * path, simulated OPC UA server → {@link OpcUaDriver} → {@link PointRegistry} → {@link Historian}
 * → H2, beside a raw Milo subscription to the same server in the same run.
 *
 * <p>For each configuration {@code N@P} (N points, each changed every P ms): one {@link
 * OpcUaPointServer} on 127.0.0.1 serves N Double points and an updater thread changes every point
 * once per P ms, in slices of N·10/P points every 10 ms (as {@code SubscriptionThroughputBench}
 * does for P = 1000). The server therefore makes N·1000/P changes per second, and no client can
 * receive more: with the driver's default sampling interval (100 ms) a client sees at most one
 * value per point per 100 ms, so P below 100 gains nothing. Then, one after the other:
 *
 * <ol>
 *   <li><b>path</b>: the runtime's wiring without the control loops: a fresh H2 file database
 *       ({@code Database.open}), a {@link Historian} with {@link HistorianSettings#defaults()}
 *       (deadband 0, flush every 500 ms in batches of 1,000, rollups every 30 s) and {@link
 *       Historian#start()}, a {@link PointRegistry} whose listener hands every value to {@code
 *       historian.record} (as {@code ParkRuntime} registers it), and an {@link OpcUaDriver} with
 *       its defaults that subscribes all N points with the registry as listener (as {@code
 *       ParkRuntime.start} does). Counted over the window: values the driver delivered to the
 *       registry, values the historian queued, and rows that reached the {@code sample} table
 *       ({@code COUNT(*)} at the window's start and end; both ends lag by up to one flush).
 *   <li><b>raw Milo</b>: {@code OpcUaClient} + one {@code OpcUaSubscription} + N {@code
 *       OpcUaMonitoredItem.newDataItem}, the driver's default intervals and request timeout; its
 *       listener only counts.
 * </ol>
 *
 * Each gets a warm-up, then a measured window. For the path, where the time goes: the CPU time of
 * each thread group over the window (Java threads only; GC and JIT threads are in the process
 * figure), and what the {@code historian-flush} thread was doing (stack samples every 20 ms:
 * writing, rolling up, or waiting for its next turn; both run on that one thread). The historian
 * <em>kept up</em> when it wrote at least 98 % of what it queued over the window; otherwise its
 * in-memory queue grows without bound, and the goal counts only configurations where it kept up.
 *
 * <p>Arguments: configurations (default {@code 10000@1000 50000@1000 10000@100 20000@100}).
 * System properties: {@code bench.warmup} (s, default 10), {@code bench.measure} (s, default 120:
 * long enough for the historian's rollups, every 30 s, to run in the window and show their cost),
 * {@code bench.dir} (where the temporary database folders go). How to run it: README.md, "Speed".
 */
public final class PathThroughputBench {

  private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
  private static final String ROW_COUNT = "SELECT COUNT(*) FROM sample";

  private final int warmupSeconds = Integer.getInteger("bench.warmup", 10);
  private final int measureSeconds = Integer.getInteger("bench.measure", 120);
  private final Path baseDir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));

  record Config(int points, int periodMillis) {
    static Config parse(String text) {
      String[] parts = text.split("@");
      Config config = new Config(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1000);
      if (config.periodMillis() % 10 != 0 || config.periodMillis() < 10 || config.points() < config.slices()) {
        throw new IllegalArgumentException("need N@P with P a multiple of 10 ms and N >= P/10: " + text);
      }
      return config;
    }

    int slices() {
      return periodMillis / 10;
    }

    double changesPerSecond() {
      return points * 1000.0 / periodMillis;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d points changed every %d ms", points, periodMillis);
    }
  }

  record Result(Config config, String client, double setupSeconds, double changesPerSecond,
      double deliveredPerSecond, double queuedPerSecond, double rowsPerSecond, long backlogStart,
      long backlogEnd, double cpuCores, long gcMillis, String threads, String failure) {}

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    String[] specs = args.length == 0 ? new String[] {"10000@1000", "50000@1000", "10000@100", "20000@100"} : args;
    List<Config> configs = new ArrayList<>();
    for (String spec : specs) {
      configs.add(Config.parse(spec));
    }
    new PathThroughputBench().run(configs);
    System.exit(0); // Milo's shared threads are not daemons
  }

  private void run(List<Config> configs) throws Exception {
    System.out.printf(Locale.ROOT,
        "History path throughput: %d cores, %s %s, load average %.2f at start; warm-up %d s, window %d s,"
            + " driver sampling %d ms, publishing %d ms%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), BenchSupport.loadAverage(), warmupSeconds, measureSeconds,
        OpcUaDriverConfig.DEFAULT_SAMPLING_INTERVAL.toMillis(), OpcUaDriverConfig.DEFAULT_PUBLISHING_INTERVAL.toMillis());
    List<Result> results = new ArrayList<>();
    for (Config config : configs) {
      results.addAll(runFor(config));
    }
    printTable(results);
    System.out.printf(Locale.ROOT, "load average at end %.2f%n", BenchSupport.loadAverage());
  }

  private List<Result> runFor(Config config) throws Exception {
    int n = config.points();
    List<ServedPoint> served = new ArrayList<>(n);
    String[] paths = new String[n];
    for (int i = 0; i < n; i++) {
      paths[i] = "Bench/B" + (i / 100) + "/P" + i;
      served.add(new ServedPoint(paths[i], "1", false, -1.0));
    }
    System.out.printf(Locale.ROOT, "%n== %s (%,.0f changes/s), load average %.2f: starting server%n",
        config, config.changesPerSecond(), BenchSupport.loadAverage());
    long serverStart = System.nanoTime();
    List<Result> results = new ArrayList<>();
    try (OpcUaPointServer server = OpcUaPointServer.start("127.0.0.1", 0, served)) {
      System.out.printf(Locale.ROOT, "server up in %.1f s%n", seconds(serverStart));
      Updater updater = new Updater(server, paths, config.slices());
      updater.start();
      try {
        for (boolean path : new boolean[] {true, false}) {
          Result result = path ? measurePath(server, paths, updater, config) : measureRaw(server, paths, updater, config);
          printResult(result);
          results.add(result);
        }
      } finally {
        updater.stop();
      }
      System.out.printf(Locale.ROOT, "updater: slowest slice of %,d updates %.1f ms%n",
          n / config.slices(), updater.slowestSliceNanos.get() / 1e6);
    }
    return results;
  }

  // ---------------------------------------------------------------- the two clients

  private Result measurePath(OpcUaPointServer server, String[] paths, Updater updater, Config config)
      throws Exception {
    int n = paths.length;
    Path dir = Files.createTempDirectory(baseDir, "hortus-path-bench-");
    Database database = Database.open(Database.fileUrl(dir.resolve("bench")));
    Historian historian = new Historian(database, HistorianSettings.defaults(), Clock.systemUTC());
    OpcUaDriver driver = new OpcUaDriver(OpcUaDriverConfig.builder(server.endpointUrl()).build());
    LongAdder delivered = new LongAdder();
    LongAdder queued = new LongAdder();
    try {
      historian.start();
      PointRegistry registry = new PointRegistry();
      registry.addListener(value -> {
        delivered.increment();
        if (historian.record(value)) {
          queued.increment();
        }
      });
      List<Point> points = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        points.add(new Point("bench.p" + i, paths[i], server.address(paths[i]), "1", false));
      }
      long setupStart = System.nanoTime();
      driver.connect().toCompletableFuture().get(30, TimeUnit.SECONDS);
      driver.subscribe(points, registry).toCompletableFuture().get(10, TimeUnit.MINUTES);
      double setup = seconds(setupStart);
      Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));

      Window window = new Window(updater);
      FlushThreadSampler sampler = FlushThreadSampler.start();
      long rows0 = countRows(database);
      long delivered0 = delivered.sum();
      long queued0 = queued.sum();
      long backlog0 = historian.queued();
      window.waitFor(measureSeconds);
      long delivered1 = delivered.sum();
      long queued1 = queued.sum();
      long backlog1 = historian.queued();
      long rows1 = countRows(database);
      window.close();
      String flushThread = sampler.stop();
      double s = window.seconds;
      return new Result(config, "path", setup, window.changesPerSecond(), (delivered1 - delivered0) / s,
          (queued1 - queued0) / s, (rows1 - rows0) / s, backlog0, backlog1, window.cpuCores,
          window.gcMillis, window.threads + "\n      historian-flush thread (stack samples every 20 ms): " + flushThread,
          null);
    } catch (Exception e) {
      return failed(config, "path", e);
    } finally {
      driver.close();
      historian.close();
      database.close();
      BenchSupport.deleteTree(dir);
    }
  }

  private Result measureRaw(OpcUaPointServer server, String[] paths, Updater updater, Config config)
      throws Exception {
    int n = paths.length;
    LongAdder received = new LongAdder();
    LongAdder bad = new LongAdder();
    OpcUaClient client = null;
    OpcUaSubscription subscription = null;
    try {
      long setupStart = System.nanoTime();
      client = OpcUaClient.create(server.endpointUrl(),
          endpoints -> endpoints.stream().filter(e -> e.getSecurityMode() == MessageSecurityMode.None).findFirst(),
          transport -> {},
          builder -> builder.setRequestTimeout(uint(OpcUaDriverConfig.DEFAULT_REQUEST_TIMEOUT.toMillis())));
      client.connect();
      subscription = new OpcUaSubscription(client, (double) OpcUaDriverConfig.DEFAULT_PUBLISHING_INTERVAL.toMillis());
      List<OpcUaMonitoredItem> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(NodeId.parse(server.address(paths[i])));
        item.setSamplingInterval(OpcUaDriverConfig.DEFAULT_SAMPLING_INTERVAL.toMillis());
        item.setDataValueListener((monitoredItem, dataValue) -> {
          if ((dataValue.statusCode() == null || dataValue.statusCode().isGood())
              && dataValue.value().value() instanceof Double) {
            received.increment();
          } else {
            bad.increment();
          }
        });
        items.add(item);
      }
      subscription.addMonitoredItems(items);
      subscription.create();
      try {
        subscription.synchronizeMonitoredItems();
      } catch (MonitoredItemSynchronizationException e) {
        bad.add(e.getCreateResults().stream().filter(r -> !r.isGood()).count());
      }
      double setup = seconds(setupStart);
      Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));
      Window window = new Window(updater);
      long received0 = received.sum();
      window.waitFor(measureSeconds);
      long received1 = received.sum();
      window.close();
      if (bad.sum() > 0) {
        System.out.println("   raw Milo: " + bad.sum() + " BAD values or refused items");
      }
      double s = window.seconds;
      return new Result(config, "raw Milo", setup, window.changesPerSecond(), (received1 - received0) / s,
          Double.NaN, Double.NaN, 0, 0, window.cpuCores, window.gcMillis, window.threads, null);
    } catch (Exception e) {
      return failed(config, "raw Milo", e);
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

  private static Result failed(Config config, String client, Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String why = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    double none = Double.NaN;
    return new Result(config, client, none, none, none, none, none, 0, 0, none, 0, "", why);
  }

  private static long countRows(Database database) throws SQLException {
    try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ROW_COUNT)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  // ---------------------------------------------------------------- the measured window

  /** Process CPU, GC, server-side changes and CPU per thread group between start and close. */
  private static final class Window {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Updater updater;
    private final long start = System.nanoTime();
    private final long cpu0 = BenchSupport.processCpuNanos();
    private final long gc0 = BenchSupport.gcMillis();
    private final long updates0;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> threadCpu0 = threadCpu();
    private double seconds;
    private double cpuCores;
    private long gcMillis;
    private long updates;
    private String threads = "";

    Window(Updater updater) {
      this.updater = updater;
      this.updates0 = updater.updates.get();
    }

    void waitFor(int measureSeconds) {
      long end = start + TimeUnit.SECONDS.toNanos(measureSeconds);
      long wait;
      while ((wait = end - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
    }

    void close() {
      long elapsed = System.nanoTime() - start;
      seconds = elapsed / 1e9;
      updates = updater.updates.get() - updates0;
      cpuCores = (BenchSupport.processCpuNanos() - cpu0) / (double) elapsed;
      gcMillis = BenchSupport.gcMillis() - gc0;
      Map<Long, Long> threadCpu1 = threadCpu();
      Map<String, Long> byGroup = new TreeMap<>();
      threadCpu1.forEach((id, cpu) -> {
        long used = cpu - threadCpu0.getOrDefault(id, 0L);
        byGroup.merge(group(names.getOrDefault(id, "?")), used, Long::sum);
      });
      StringBuilder text = new StringBuilder();
      byGroup.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .filter(e -> e.getValue() / (double) elapsed >= 0.005)
          .forEach(e -> text.append(String.format(Locale.ROOT, "%s%s %.2f", text.isEmpty() ? "" : ", ", e.getKey(),
              e.getValue() / (double) elapsed)));
      threads = text.toString();
    }

    double changesPerSecond() {
      return updates / seconds;
    }

    private Map<Long, Long> threadCpu() {
      Map<Long, Long> cpu = new HashMap<>();
      for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        long used = THREADS.getThreadCpuTime(info.getThreadId());
        if (used >= 0) {
          cpu.put(info.getThreadId(), used);
          names.put(info.getThreadId(), info.getThreadName());
        }
      }
      return cpu;
    }

    /** Thread name with its numbers folded, e.g. {@code milo-shared-thread-pool-#}. */
    private static String group(String name) {
      return name.replaceAll("[0-9]+", "#").replaceAll("opc\\.tcp://.*", "opc.tcp://…");
    }
  }

  /**
   * Samples the {@code historian-flush} thread's stack every 20 ms: the share of samples in the
   * rollups ({@code Rollups}), in writing ({@code Historian.flush}) or waiting for its next turn.
   */
  private static final class FlushThreadSampler {
    private final Map<String, Integer> counts = new TreeMap<>();
    private volatile boolean running = true;
    private Thread thread;
    private long longestRollupNanos;
    private long rollupSince = -1;

    static FlushThreadSampler start() {
      FlushThreadSampler sampler = new FlushThreadSampler();
      sampler.thread = Thread.ofPlatform().name("bench-sampler").daemon().start(sampler::loop);
      return sampler;
    }

    private void loop() {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long flushId = -1;
      while (running) {
        if (flushId < 0) {
          for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("historian-flush")) {
              flushId = info.getThreadId();
            }
          }
        }
        if (flushId >= 0) {
          var info = threads.getThreadInfo(flushId, 64);
          String what = info == null ? "gone" : classify(info.getStackTrace());
          counts.merge(what, 1, Integer::sum);
          long now = System.nanoTime();
          if (what.equals("rollups")) {
            if (rollupSince < 0) {
              rollupSince = now;
            }
            longestRollupNanos = Math.max(longestRollupNanos, now - rollupSince);
          } else {
            rollupSince = -1;
          }
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
    }

    private static String classify(StackTraceElement[] stack) {
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().endsWith(".Rollups")) {
          return "rollups";
        }
      }
      for (StackTraceElement frame : stack) {
        if (frame.getClassName().endsWith(".Historian") && frame.getMethodName().equals("flush")) {
          return "flush";
        }
      }
      return "waiting";
    }

    String stop() throws InterruptedException {
      running = false;
      thread.join();
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      StringBuilder text = new StringBuilder();
      counts.forEach((what, count) -> text.append(String.format(Locale.ROOT, "%s%s %.0f %%",
          text.isEmpty() ? "" : ", ", what, 100.0 * count / Math.max(1, total))));
      text.append(String.format(Locale.ROOT, "; longest rollup seen %.1f s%s", longestRollupNanos / 1e9,
          rollupSince >= 0 ? " (still running at the window's end)" : ""));
      return text.toString();
    }
  }

  // ---------------------------------------------------------------- server-side changes

  /** Changes every point once per period, one slice of points every 10 ms. */
  private static final class Updater {
    private final OpcUaPointServer server;
    private final String[] paths;
    private final int slices;
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong slowestSliceNanos = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    Updater(OpcUaPointServer server, String[] paths, int slices) {
      this.server = server;
      this.paths = paths;
      this.slices = slices;
    }

    void start() {
      thread = Thread.ofPlatform().name("bench-updater").daemon().start(this::loop);
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
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
        long round = tick / slices + 1;
        int slice = (int) (tick % slices);
        int from = (int) ((long) n * slice / slices);
        int to = (int) ((long) n * (slice + 1) / slices);
        Instant sourceTime = Instant.now();
        for (int i = from; i < to; i++) {
          server.update(paths[i], (double) round, sourceTime);
        }
        updates.addAndGet(to - from);
        slowestSliceNanos.accumulateAndGet(System.nanoTime() - sliceStart, Math::max);
      }
    }
  }

  // ---------------------------------------------------------------- report

  private static void printResult(Result r) {
    if (r.failure() != null) {
      System.out.printf(Locale.ROOT, "   %-8s FAILED: %s%n", r.client(), r.failure());
      return;
    }
    String historian = r.client().equals("path")
        ? String.format(Locale.ROOT, ", historian queued %,.0f/s, rows written %,.0f/s, backlog %,d → %,d",
            r.queuedPerSecond(), r.rowsPerSecond(), r.backlogStart(), r.backlogEnd())
        : "";
    System.out.printf(Locale.ROOT,
        "   %-8s set-up %.1f s; %,.0f changes/s on the server; received %,.0f values/s%s; process CPU %.2f cores,"
            + " GC %d ms%n      CPU by thread (cores): %s%n",
        r.client(), r.setupSeconds(), r.changesPerSecond(), r.deliveredPerSecond(), historian, r.cpuCores(),
        r.gcMillis(), r.threads());
  }

  private static void printTable(List<Result> results) {
    System.out.println();
    System.out.println("| points, change period | changes/s | raw Milo values/s | path: delivered values/s"
        + " | path: rows written/s | rows ÷ raw | historian backlog growth/s | kept up | CPU cores path / raw |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---|---:|");
    Map<Config, Result[]> byConfig = new java.util.LinkedHashMap<>();
    for (Result r : results) {
      byConfig.computeIfAbsent(r.config(), c -> new Result[2])[r.client().equals("path") ? 0 : 1] = r;
    }
    double bestSustained = Double.NaN;
    for (var entry : byConfig.entrySet()) {
      Config config = entry.getKey();
      Result path = entry.getValue()[0];
      Result raw = entry.getValue()[1];
      double growth = path.queuedPerSecond() - path.rowsPerSecond(); // values queued but not written, per second
      boolean keptUp = keptUp(path);
      if (keptUp && !(path.rowsPerSecond() <= bestSustained)) {
        bestSustained = path.rowsPerSecond();
      }
      System.out.printf(Locale.ROOT, "| %,d, %d ms | %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %,.0f | %s | %.2f / %.2f |%n",
          config.points(), config.periodMillis(), path.changesPerSecond(), raw.deliveredPerSecond(),
          path.deliveredPerSecond(), path.rowsPerSecond(), path.rowsPerSecond() / raw.deliveredPerSecond(),
          growth, keptUp ? "yes" : "NO", path.cpuCores(), raw.cpuCores());
    }
    System.out.printf(Locale.ROOT,
        "%nGoal >= 50,000 values/s reaching the table, sustained (the historian kept up: rows written >= 98 %% of"
            + " values queued over the window): %s (best sustained %,.0f rows/s)%n",
        bestSustained >= 50_000 ? "met" : "NOT met", bestSustained);
  }

  /** Whether the historian wrote (nearly) all it queued over the window, so its backlog did not grow. */
  private static boolean keptUp(Result path) {
    return path.failure() == null && path.rowsPerSecond() >= 0.98 * path.queuedPerSecond();
  }
}
