package org.hortus.app.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Audit rows as CSV (RFC 4180): UTF-8, CRLF line ends, a header row, a field in double quotes when
 * it holds a comma, a quote or a line break, quotes inside doubled. Times are ISO-8601 in UTC
 * ({@code 2026-03-01T08:00:00Z}). Each row keeps its seq, prev_hash and hash, so an export can be
 * checked against the chain later. Column names are a file format, not a text for people: they
 * are not translated. The console's audit page and {@code hortus audit export} write it.
 */
public final class AuditCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "seq",
          "time_utc",
          "actor",
          "action",
          "subject",
          "before_json",
          "after_json",
          "prev_hash",
          "hash");

  private static final String CRLF = "\r\n";

  private AuditCsv() {}

  /**
   * Writes every row passing {@code filter}, oldest first, to {@code file} and returns how many.
   * The file appears whole or not at all: rows go to a {@code .part} file renamed at the end.
   */
  public static long export(AuditSearch search, AuditFilter filter, Path file) throws Exception {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    long rows;
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      header(out);
      rows = search.each(filter, entry -> row(out, entry));
    } catch (Exception e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    return rows;
  }

  /** Writes the header line. */
  public static void header(Writer out) throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write(CRLF);
  }

  /** Writes one row as a line. */
  public static void row(Writer out, AuditEntry entry) throws IOException {
    AuditRecord r = entry.record();
    List<String> fields =
        List.of(
            Long.toString(entry.seq()),
            r.at().toString(),
            r.actor(),
            r.action(),
            r.subject(),
            r.beforeJson(),
            r.afterJson(),
            entry.prevHash(),
            entry.hash());
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write(CRLF);
  }

  /** One field, quoted when RFC 4180 asks for it. */
  public static String field(String value) {
    boolean plain =
        value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
