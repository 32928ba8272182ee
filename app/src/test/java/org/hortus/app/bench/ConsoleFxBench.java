package org.hortus.app.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.Toolkit;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.hortus.app.ui.FxPointValueCoalescer;
import org.hortus.app.ui.Theme;
import org.hortus.devices.PointValue;

/**
 * Speed harness, not a test (surefire never runs it): the console's FX thread under the load of a
 * 40-house park. A console-like scene (the console's theme, a title, 40 greenhouse tiles of a
 * TilesFX gauge for air temperature and seven labels each, a status line with a clock) is fed
 * synthetic values of 40 houses × 8 points, every point changing once a second, delivered as a
 * driver delivers them: a {@code bench-feed} thread offers 10 batches a second (4 houses each; the
 * OPC UA driver publishes every 100 ms) to {@link FxPointValueCoalescer}, whose drains run through
 * {@code Platform.runLater}.
 *
 * <p>After a warm-up (10 s, {@code -Dbench.warmup=S}) it measures over the window (60 s, or the
 * first argument in seconds):
 *
 * <ul>
 *   <li>busy share: the FX thread's CPU time ({@link ThreadMXBean}) over wall time; the render
 *       thread's likewise;
 *   <li>pulses: from an {@link AnimationTimer}'s frame (the animation phase that opens a pulse) to
 *       a post-scene pulse listener (after CSS, layout and the hand-over to the render thread), in
 *       wall time and in the FX thread's CPU time;
 *   <li>frame gaps: wall time between successive animation frames (nominal 16.7 ms): the longest is
 *       the longest the FX thread was away, in a pulse or not;
 *   <li>the coalescer's drains on the FX thread: values, count, time.
 * </ul>
 *
 * <p>Runs headless on Monocle with software rendering (as the UI tests do) unless {@code
 * -Dbench.display=xvfb}, which uses the platform's glass (GTK) on {@code $DISPLAY}. How to run it:
 * README.md, "Speed".
 */
public final class ConsoleFxBench {

  static final int HOUSES = 40;
  static final int COLUMNS = 8;

  /** Driver-like delivery: 10 batches a second; {@code -Dbench.batches=1}: all at once. */
  static final int BATCHES_PER_SECOND = Integer.getInteger("bench.batches", 10);

  /** The eight points of a house: name, unit, mean and swing of the synthetic signal. */
  record Signal(String name, String unit, double mean, double swing) {}

  static final Signal[] SIGNALS = {
    new Signal("Air", "°C", 21, 4),
    new Signal("RH", "%", 75, 10),
    new Signal("CO2", "ppm", 800, 200),
    new Signal("Pipe", "°C", 45, 10),
    new Signal("Lee", "%", 30, 25),
    new Signal("Wind", "%", 20, 20),
    new Signal("Energy", "%", 50, 45),
    new Signal("Shade", "%", 40, 35),
  };

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int warmUp = Integer.getInteger("bench.warmup", 10);
    boolean xvfb = "xvfb".equals(System.getProperty("bench.display"));
    if (!xvfb) {
      setIfAbsent("glass.platform", "Monocle");
      setIfAbsent("monocle.platform", "Headless");
      setIfAbsent("prism.order", "sw");
      setIfAbsent("headless.geometry", "1920x1080-32");
    }
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();

    Probe probe = new Probe();
    Map<String, DoubleConsumer> points = onFx(() -> showScene(probe));
    long fxThread = onFx(() -> Thread.currentThread().threadId());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    threads.setThreadCpuTimeEnabled(true);
    Executor fx =
        task ->
            Platform.runLater(
                () -> {
                  long start = System.nanoTime();
                  long cpu = threads.getCurrentThreadCpuTime();
                  task.run();
                  probe.drained(System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpu);
                });
    FxPointValueCoalescer coalescer =
        new FxPointValueCoalescer(
            fx,
            value -> {
              points.get(value.pointId()).accept(value.value());
              probe.delivered++;
            });
    ScheduledExecutorService feed =
        Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bench-feed"));
    long[] ticks = {0};
    feed.scheduleAtFixedRate(
        () -> offerBatch(coalescer, ticks[0]++),
        0,
        1000 / BATCHES_PER_SECOND,
        TimeUnit.MILLISECONDS);

    TimeUnit.SECONDS.sleep(warmUp); // a warm-up, not a wait for a condition
    long renderThread = renderThreadId();
    onFx(probe::reset);
    long wall0 = System.nanoTime();
    long fxCpu0 = threads.getThreadCpuTime(fxThread);
    long renderCpu0 = threads.getThreadCpuTime(renderThread);
    long gc0 = gcMillis();
    TimeUnit.SECONDS.sleep(seconds);
    long fxCpu = threads.getThreadCpuTime(fxThread) - fxCpu0;
    long renderCpu = threads.getThreadCpuTime(renderThread) - renderCpu0;
    long gc = gcMillis() - gc0;
    Report report = onFx(probe::report);
    long wall = System.nanoTime() - wall0;
    feed.shutdownNow();

    System.out.printf(
        Locale.ROOT,
        "ConsoleFxBench: %d houses x %d points, each changing every 1 s, %d batches/s;"
            + " window %d s after %d s warm-up%n"
            + "display: %s, prism %s; JDK %s; %d cores; load average %.1f%n",
        HOUSES,
        SIGNALS.length,
        BATCHES_PER_SECOND,
        seconds,
        warmUp,
        xvfb ? "Xvfb " + System.getenv("DISPLAY") : "Monocle headless",
        onFx(ConsoleFxBench::pipeline),
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    print(report, wall, fxCpu, renderCpu, gc);
    Platform.exit();
    System.exit(0);
  }

  private static void print(Report report, long wall, long fxCpu, long renderCpu, long gc) {
    double busy = 100.0 * fxCpu / wall;
    double wallMillis = wall / 1e6;
    Stats pulses = report.pulses().wall();
    Stats gaps = report.gaps().wall();
    Stats drains = report.drains().wall();
    System.out.printf(
        Locale.ROOT,
        "FX thread busy (its CPU time / wall time): %.1f %%  -> goal under 20 %%: %s%n"
            + "FX thread wall time in pulses + coalescer drains: %.1f %% + %.1f %%%n"
            + "render thread busy (its CPU time / wall time): %.1f %%%n",
        busy,
        busy < 20 ? "met" : "NOT met",
        100 * pulses.total() / wallMillis,
        100 * drains.total() / wallMillis,
        100.0 * renderCpu / wall);
    System.out.printf(
        Locale.ROOT,
        "pulses: %d (%.1f/s); wall p50 %.1f ms, p99 %.1f ms, longest %.1f ms, over 100 ms: %d"
            + "  -> goal no pulse over 100 ms: %s%n"
            + "pulses, FX CPU time: p99 %.1f ms, most %.1f ms%n",
        pulses.count(),
        pulses.count() * 1e9 / wall,
        pulses.p50(),
        pulses.p99(),
        pulses.max(),
        pulses.over100(),
        pulses.max() <= 100 ? "met" : "NOT met",
        report.pulses().cpu().p99(),
        report.pulses().cpu().max());
    System.out.printf(
        Locale.ROOT,
        "frame gaps: p50 %.1f ms, p99 %.1f ms, longest %.1f ms (FX CPU in it %.1f ms),"
            + " over 100 ms: %d; most FX CPU between two frames %.1f ms%n",
        gaps.p50(),
        gaps.p99(),
        gaps.max(),
        report.gaps().cpuInLongest(),
        gaps.over100(),
        report.gaps().cpu().max());
    System.out.printf(
        Locale.ROOT,
        "coalescer drains (runLater): %d, values delivered %d (%.0f/s); wall p50 %.2f ms,"
            + " p99 %.1f ms, longest %.1f ms%n"
            + "frames rendered: %.1f/s (PerformanceTracker); GC %d ms in the window%n",
        drains.count(),
        report.delivered(),
        report.delivered() * 1e9 / wall,
        drains.p50(),
        drains.p99(),
        drains.max(),
        report.renderedFps(),
        gc);
  }

  /** Builds and shows the scene; returns each point's update by point id. FX thread. */
  private static Map<String, DoubleConsumer> showScene(Probe probe) {
    Map<String, DoubleConsumer> points = new HashMap<>();
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(6);
    for (int h = 0; h < HOUSES; h++) {
      grid.add(house(h, points), h % COLUMNS, h / COLUMNS);
    }
    Label title = new Label("Overview: " + HOUSES + " greenhouses");
    title.getStyleClass().add("page-title");
    Label status = new Label();
    Timeline clock =
        new Timeline(
            new KeyFrame(
                Duration.seconds(1),
                e -> status.setText("Devices: all connected · " + LocalTime.now().withNano(0))));
    clock.setCycleCount(Timeline.INDEFINITE);
    clock.play();
    BorderPane root = new BorderPane(grid, title, null, status, null);
    root.setPadding(new Insets(8));
    Scene scene = new Scene(root, 1560, 1060);
    Theme.apply(scene);
    Stage stage = new Stage();
    stage.setScene(scene);
    stage.show();
    probe.attach(scene);
    return points;
  }

  private static VBox house(int index, Map<String, DoubleConsumer> points) {
    String id = houseId(index);
    Tile gauge =
        TileBuilder.create()
            .skinType(SkinType.GAUGE)
            .prefSize(186, 130)
            .title(id)
            .unit(SIGNALS[0].unit())
            .minValue(0)
            .maxValue(40)
            .decimals(1)
            .animated(false)
            .thresholdVisible(false)
            .build();
    points.put(id + "." + 0, gauge::setValue);
    GridPane labels = new GridPane();
    labels.setHgap(8);
    for (int p = 1; p < SIGNALS.length; p++) {
      Signal signal = SIGNALS[p];
      Label label = new Label(signal.name());
      label.setStyle("-fx-font-size: 11px;");
      labels.add(label, (p - 1) % 2, (p - 1) / 2);
      points.put(
          id + "." + p,
          value ->
              label.setText(
                  String.format(Locale.ROOT, "%s %.1f %s", signal.name(), value, signal.unit())));
    }
    return new VBox(2, gauge, labels);
  }

  /** Tick n: batch n mod 10 of the houses, every point of each; each house once a second. */
  private static void offerBatch(FxPointValueCoalescer coalescer, long tick) {
    long second = tick / BATCHES_PER_SECOND;
    int batch = (int) (tick % BATCHES_PER_SECOND);
    Instant now = Instant.now();
    for (int h = batch; h < HOUSES; h += BATCHES_PER_SECOND) {
      for (int p = 0; p < SIGNALS.length; p++) {
        Signal signal = SIGNALS[p];
        double phase = 2 * Math.PI * (second / 600.0 + h / (double) HOUSES + p / 8.0);
        double value = signal.mean() + signal.swing() * Math.sin(phase) + 0.01 * (second % 7);
        coalescer.offer(PointValue.good(houseId(h) + "." + p, value, now, now));
      }
    }
  }

  private static String houseId(int index) {
    return String.format(Locale.ROOT, "GH-%02d", index + 1);
  }

  /** Timings taken on the FX thread; touched only there. */
  static final class Probe {
    private final Series pulses = new Series();
    private final Series gaps = new Series();
    private final Series drains = new Series();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long delivered;
    private long lastFrame;
    private long lastFrameCpu;
    private long pulseStart;
    private long pulseStartCpu;
    private PerformanceTracker tracker;

    void attach(Scene scene) {
      tracker = PerformanceTracker.getSceneTracker(scene);
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          long time = System.nanoTime();
          long cpu = threads.getCurrentThreadCpuTime();
          if (lastFrame != 0) {
            gaps.add(time - lastFrame, cpu - lastFrameCpu);
          }
          lastFrame = time;
          lastFrameCpu = cpu;
          pulseStart = time;
          pulseStartCpu = cpu;
        }
      }.start();
      // Internal API (class path only): called once per pulse after every scene's CSS, layout
      // and synchronisation with the render thread.
      Toolkit.getToolkit()
          .addPostSceneTkPulseListener(
              () -> {
                if (pulseStart != 0) {
                  pulses.add(
                      System.nanoTime() - pulseStart,
                      threads.getCurrentThreadCpuTime() - pulseStartCpu);
                  pulseStart = 0;
                }
              });
    }

    void drained(long nanos, long cpuNanos) {
      drains.add(nanos, cpuNanos);
    }

    void reset() {
      pulses.clear();
      gaps.clear();
      drains.clear();
      delivered = 0;
      tracker.resetAverageFPS();
    }

    Report report() {
      return new Report(
          pulses.copy(), gaps.copy(), drains.copy(), delivered, tracker.getAverageFPS());
    }
  }

  /** Durations with the FX thread's CPU time in each, in nanoseconds. */
  static final class Series {
    private long[] wall = new long[4096];
    private long[] cpu = new long[4096];
    private int count;

    void add(long wallNanos, long cpuNanos) {
      if (count == wall.length) {
        wall = Arrays.copyOf(wall, count * 2);
        cpu = Arrays.copyOf(cpu, count * 2);
      }
      wall[count] = wallNanos;
      cpu[count++] = cpuNanos;
    }

    void clear() {
      count = 0;
    }

    Series copy() {
      Series copy = new Series();
      copy.wall = Arrays.copyOf(wall, count);
      copy.cpu = Arrays.copyOf(cpu, count);
      copy.count = count;
      return copy;
    }

    Stats wall() {
      return Stats.of(wall, count);
    }

    Stats cpu() {
      return Stats.of(cpu, count);
    }

    /** The FX thread's CPU time, ms, in the longest of these durations. */
    double cpuInLongest() {
      int longest = 0;
      for (int i = 1; i < count; i++) {
        longest = wall[i] > wall[longest] ? i : longest;
      }
      return count == 0 ? Double.NaN : cpu[longest] / 1e6;
    }
  }

  /** What the window measured. */
  record Report(Series pulses, Series gaps, Series drains, long delivered, double renderedFps) {}

  /** Count, total, median, 99th percentile and maximum of durations, in milliseconds. */
  record Stats(int count, double total, double p50, double p99, double max, int over100) {
    static Stats of(long[] nanos, int count) {
      if (count == 0) {
        return new Stats(0, 0, Double.NaN, Double.NaN, Double.NaN, 0);
      }
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      int over = 0;
      long total = 0;
      for (long value : sorted) {
        over += value > 100_000_000L ? 1 : 0;
        total += value;
      }
      return new Stats(
          count,
          total / 1e6,
          sorted[count / 2] / 1e6,
          sorted[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e6,
          sorted[count - 1] / 1e6,
          over);
    }
  }

  private static long renderThreadId() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("QuantumRenderer"))
        .mapToLong(Thread::threadId)
        .findFirst()
        .orElseThrow();
  }

  private static String pipeline() {
    try {
      return com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
    } catch (RuntimeException | LinkageError e) {
      return System.getProperty("prism.order", "default");
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get(30, TimeUnit.SECONDS);
  }

  private static void onFx(Runnable work) throws Exception {
    onFx(
        () -> {
          work.run();
          return null;
        });
  }
}
