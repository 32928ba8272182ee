package org.hortus.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the H2 file database: a zip holding its {@code .mv.db} file, the format of H2's
 * {@code BACKUP TO}. {@link #backup} uses that SQL, so the copy is consistent even while this
 * process has the database open; {@link #zipClosed} zips the file as it lies, for a database
 * nobody has open. {@link #restore} replaces the database file from such a zip, and must only run
 * while the database is closed (H2 locks an open file, so another process's open database refuses
 * the backup connection instead).
 */
public final class DatabaseBackup {

  private static final String MV_DB = ".mv.db";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private DatabaseBackup() {}

  /**
   * The file an H2 JDBC URL keeps its data in ({@code jdbc:h2:file:/d/hortus;…} → {@code
   * /d/hortus.mv.db}); empty for in-memory and server URLs.
   */
  public static Optional<Path> databaseFile(String url) {
    if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
      return Optional.empty();
    }
    String name = url.substring(8);
    int settings = name.indexOf(';');
    name = settings < 0 ? name : name.substring(0, settings);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:") || lower.startsWith("zip:")) {
      return Optional.empty();
    }
    if (lower.startsWith("file:")) {
      name = name.substring(5);
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return Optional.of(Path.of(name + MV_DB).toAbsolutePath());
  }

  /** An unused name in {@code folder}: {@code <database>-<label>-<UTC yyyyMMdd-HHmmss>.zip}. */
  public static Path newBackupFile(Path folder, Path databaseFile, String label, Instant at) {
    String base = baseName(databaseFile) + "-" + label + "-" + STAMP.format(at);
    Path zip = folder.resolve(base + ".zip");
    for (int n = 2; Files.exists(zip); n++) {
      zip = folder.resolve(base + "-" + n + ".zip");
    }
    return zip;
  }

  /**
   * Writes a consistent backup of the database at {@code url} to {@code zip} with H2's {@code
   * BACKUP TO}. Never creates a database: fails when none exists at the URL, or when another
   * process has it open.
   */
  public static Path backup(String url, Path zip) throws SQLException, IOException {
    Files.createDirectories(zip.toAbsolutePath().getParent());
    try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "hortus", "");
        Statement backup = c.createStatement()) {
      backup.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
    }
    return zip;
  }

  /** Zips a closed database's file into {@code zip}, in the layout {@code BACKUP TO} writes. */
  public static Path zipClosed(Path databaseFile, Path zip) throws IOException {
    Files.createDirectories(zip.toAbsolutePath().getParent());
    Path partial = zip.resolveSibling(zip.getFileName() + ".partial");
    try (OutputStream file = Files.newOutputStream(partial);
        ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      out.putNextEntry(new ZipEntry(databaseFile.getFileName().toString()));
      Files.copy(databaseFile, out);
      out.closeEntry();
    }
    return Files.move(partial, zip, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Replaces {@code databaseFile} with the database in {@code zip} (written by {@link #backup} or
   * {@link #zipClosed}). The database must be closed. The new file is written beside the old one
   * first and then moved over it, so a failure part way leaves the old database in place.
   */
  public static void restore(Path zip, Path databaseFile) throws IOException {
    Path incoming = databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
      boolean found = false;
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory() && entry.getName().endsWith(MV_DB)) {
          if (found) {
            throw new IOException(zip + " holds more than one H2 database");
          }
          Files.copy(in, incoming, StandardCopyOption.REPLACE_EXISTING);
          found = true;
        }
      }
      if (!found) {
        throw new IOException(zip + " holds no H2 database (no " + MV_DB + " file)");
      }
      requireH2File(zip, incoming);
      Files.move(incoming, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(incoming);
    }
  }

  /** An MVStore file starts with its header block, {@code H:2,…}. */
  private static void requireH2File(Path zip, Path file) throws IOException {
    byte[] start = new byte[3];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(start, 0, 3) < 3 || !new String(start, StandardCharsets.ISO_8859_1).equals("H:2")) {
        throw new IOException(zip + " does not hold an H2 2.x database file");
      }
    }
  }

  private static String baseName(Path databaseFile) {
    String name = databaseFile.getFileName().toString();
    return name.endsWith(MV_DB) ? name.substring(0, name.length() - MV_DB.length()) : name;
  }
}
