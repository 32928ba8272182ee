package org.hortus.app.park;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.hortus.model.park.ParkReader;

/**
 * A site's own park file, kept in the data folder as {@value #FILE_NAME}. The console runs it
 * when it is there and the demo park otherwise. An import reads the chosen file once, checks
 * those bytes with the strict reader, and only then writes them to a temporary file in the data
 * folder that is moved over {@value #FILE_NAME} in one atomic step: a bad file is never copied,
 * and a failed copy leaves the folder as it was. Nothing here writes anywhere but the data folder.
 * Plain blocking I/O: call it off the FX thread.
 */
public final class SitePark {

  /** The imported park file's name in the data folder. */
  public static final String FILE_NAME = "park.json";

  /** Where a previously imported file goes when the site chooses the demo park instead. */
  public static final String PREVIOUS_FILE_NAME = "park.previous.json";

  /** Larger files are refused unread (a park file of hundreds of houses is well under 1 MB). */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path dataFolder;

  public SitePark(Path dataFolder) {
    this.dataFolder = dataFolder;
  }

  /** The user's data folder, where the imported file lives. */
  public Path dataFolder() {
    return dataFolder;
  }

  /** The imported park file, whether or not it exists yet. */
  public Path file() {
    return dataFolder.resolve(FILE_NAME);
  }

  /** Whether a park file has been imported. */
  public boolean imported() {
    return Files.isRegularFile(file());
  }

  /**
   * Reads a park file strictly with its devices and points; problems name the file by its file
   * name ({@code site.json:12:7: greenhouses[0].gutterHeight: …}).
   */
  public static ParkReader.WithExtension<PointMap> read(Path file, Set<String> recipeIds) throws InvalidFileException {
    return parse(file.getFileName().toString(), bytes(file), recipeIds);
  }

  /** Checks a park file without importing it. */
  public static ParkSummary check(Path file, Set<String> recipeIds) throws InvalidFileException {
    var read = read(file, recipeIds);
    return ParkSummary.of(read.park(), read.extension());
  }

  /**
   * Copies {@code source} to {@link #file()} if it is a valid park file; otherwise throws with every
   * problem and writes nothing.
   *
   * @throws IOException when the data folder cannot be written (nothing changed then either)
   */
  public ParkSummary importFile(Path source, Set<String> recipeIds) throws InvalidFileException, IOException {
    byte[] content = bytes(source);
    var read = parse(source.getFileName().toString(), content, recipeIds);
    Files.createDirectories(dataFolder);
    Path temporary = Files.createTempFile(dataFolder, "park-", ".json.tmp");
    try {
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(temporary, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return ParkSummary.of(read.park(), read.extension());
  }

  /**
   * Makes the console run the demo park from now on: an imported file, if any, is moved aside to
   * {@value #PREVIOUS_FILE_NAME} (replacing an older one), not deleted.
   */
  public void useDemo() throws IOException {
    if (imported()) {
      Files.move(file(), dataFolder.resolve(PREVIOUS_FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static byte[] bytes(Path file) throws InvalidFileException {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw invalid(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; a park file is far smaller");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw invalid(name, "cannot be read: " + e.getMessage());
    }
  }

  private static ParkReader.WithExtension<PointMap> parse(String name, byte[] content, Set<String> recipeIds)
      throws InvalidFileException {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(name, "is not UTF-8 text");
    }
    return ParkReader.read(name, text, recipeIds, new PointMapReader());
  }

  private static InvalidFileException invalid(String name, String rule) {
    return new InvalidFileException(List.of(new Problem(name, 0, 0, "", rule)));
  }
}
