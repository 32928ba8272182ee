package org.hortus.app.ui.trends;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.hortus.app.history.TrendQuery;
import org.hortus.app.ui.Messages;

/**
 * Exporting the trend: CSV of the charted points over the shown range, PNG of the chart as seen.
 * The buttons ask for a file; {@link #csv} and {@link #png} take one directly (tests, scripts).
 * The writing runs on the background executor with progress and cancel ({@link #work}); a PNG's
 * snapshot is taken on the FX thread first.
 */
final class TrendExports {

  /** What to export: the charted points over the shown range. */
  record Selection(List<String> pointIds, TrendRange range) {}

  private final CancellableWork work;
  private final Messages messages;
  private final Supplier<TrendQuery> query;
  private final Supplier<Selection> selection;
  private final Node chart;
  private final Consumer<String> status;
  private final TrendErrors errors;

  TrendExports(CancellableWork work, Messages messages, Supplier<TrendQuery> query, Supplier<Selection> selection,
      Node chart, Consumer<String> status, TrendErrors errors) {
    this.work = work;
    this.messages = messages;
    this.query = query;
    this.selection = selection;
    this.chart = chart;
    this.status = status;
    this.errors = errors;
  }

  List<Button> buttons() {
    Button csvButton = new Button(messages.text("trends.export.csv"));
    csvButton.setId("trends-export-csv");
    csvButton.setOnAction(e -> choose("trends.export.csv.title", "trends.export.csv.files", "*.csv", "hortus-trend.csv")
        .ifPresent(this::csv));
    Button pngButton = new Button(messages.text("trends.export.png"));
    pngButton.setId("trends-export-png");
    pngButton.setOnAction(e -> choose("trends.export.png.title", "trends.export.png.files", "*.png", "hortus-trend.png")
        .ifPresent(this::png));
    return List.of(csvButton, pngButton);
  }

  private Optional<Path> choose(String titleKey, String filesKey, String pattern, String suggested) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(messages.text(titleKey));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text(filesKey), pattern));
    chooser.setInitialFileName(suggested);
    File file = chooser.showSaveDialog(chart.getScene() == null ? null : chart.getScene().getWindow());
    return Optional.ofNullable(file).map(File::toPath);
  }

  /** Writes the CSV on the background executor; the future gives the number of rows. FX thread. */
  CompletableFuture<Long> csv(Path file) {
    Selection chosen = selection.get();
    if (chosen.pointIds().isEmpty()) {
      status.accept(messages.text("trends.export.nothing"));
      return CompletableFuture.failedFuture(new IllegalStateException("no point charted"));
    }
    status.accept(messages.text("trends.export.busy", file.getFileName()));
    TrendQuery trends = query.get();
    return work.start(ticket -> TrendCsv.write(file, chosen.pointIds(), chosen.range(), trends, ticket),
        rows -> status.accept(messages.text("trends.export.csv.done", rows, file)),
        e -> status.accept(errors.describe(e, file)));
  }

  /** Snapshots the chart now and writes it as PNG on the background executor. FX thread. */
  CompletableFuture<Path> png(Path file) {
    BufferedImage image = pixels(chart.snapshot(new SnapshotParameters(), null));
    status.accept(messages.text("trends.export.busy", file.getFileName()));
    return work.start(ticket -> {
          if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
          }
          return file;
        },
        written -> status.accept(messages.text("trends.export.png.done", written)),
        e -> status.accept(errors.describe(e, file)));
  }

  /** Copies a snapshot's pixels into an AWT image (javafx-swing is not on the compile path). */
  private static BufferedImage pixels(WritableImage snapshot) {
    int width = (int) snapshot.getWidth();
    int height = (int) snapshot.getHeight();
    int[] argb = new int[width * height];
    snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    return image;
  }
}
