package org.hortus.app.ui.trends;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.hortus.app.history.Trend;
import org.hortus.app.history.TrendPoint;
import org.hortus.app.history.TrendQuery;

/**
 * Writes the charted points over the shown range as CSV, at up to {@link #ROWS_PER_POINT} rows a
 * point (finer than the screen, coarse enough for a year): one row per point and time, in long
 * form so points with different sample times share one file. Column names are a file format,
 * not a text for people, so they are not translated. The file appears whole or not at all: rows
 * go to a {@code .part} file that is renamed at the end. Reads the database: background only.
 */
final class TrendCsv {

  static final int ROWS_PER_POINT = 10_000;
  static final String HEADER = "time_utc,epoch_ms,point,value,min,max,resolution";

  private TrendCsv() {}

  /** Writes the file and returns the number of data rows. */
  static long write(Path file, List<String> pointIds, TrendRange range, TrendQuery query, CancellableWork.Ticket ticket)
      throws IOException, SQLException {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    long rows = 0;
    try (BufferedWriter out = Files.newBufferedWriter(partial)) {
      out.write(HEADER);
      out.newLine();
      for (int i = 0; i < pointIds.size(); i++) {
        if (ticket.cancelled()) {
          throw new CancellationException();
        }
        Trend trend = query.query(pointIds.get(i), range.from(), range.to(), ROWS_PER_POINT);
        for (TrendPoint p : trend.points()) {
          out.write(Instant.ofEpochMilli(p.epochMillis()) + "," + p.epochMillis() + "," + quoted(trend.pointId()) + ","
              + p.value() + "," + p.min() + "," + p.max() + "," + trend.source());
          out.newLine();
          rows++;
        }
        ticket.progress((i + 1.0) / pointIds.size());
      }
    } catch (IOException | SQLException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    return rows;
  }

  private static String quoted(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }
}
