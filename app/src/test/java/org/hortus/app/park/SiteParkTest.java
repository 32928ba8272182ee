package org.hortus.app.park;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hortus.app.service.ConsolePark;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteParkTest {

  private static final Set<String> RECIPES = Set.of("tomato-truss");

  @TempDir Path folder;

  private Path data() {
    return folder.resolve("data");
  }

  private List<String> dataFiles() throws IOException {
    if (!Files.isDirectory(data())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(data())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aValidFileIsCopiedByteForByteAndSummarised() throws Exception {
    Path source = SiteParkFiles.write(folder.resolve("usb"), "polder.json", SiteParkFiles.VALID);
    SitePark site = new SitePark(data());

    ParkSummary summary = site.importFile(source, RECIPES);

    assertEquals(new ParkSummary("Polder Site", 1, 1, 2), summary);
    assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(site.file()));
    assertEquals(List.of(SitePark.FILE_NAME), dataFiles(), "no temporary file is left");
    assertTrue(site.imported());
  }

  @Test
  void anInvalidFileIsNeverCopiedAndEachProblemIsPlacedInTheFile() throws Exception {
    Path source = SiteParkFiles.write(folder.resolve("usb"), "polder.json", SiteParkFiles.BAD_GUTTER);
    SitePark site = new SitePark(data());

    InvalidFileException e = assertThrows(InvalidFileException.class, () -> site.importFile(source, RECIPES));

    Problem problem = e.problems().getFirst();
    assertEquals("polder.json", problem.file());
    assertEquals(SiteParkFiles.lineOf(SiteParkFiles.BAD_GUTTER, "\"gutterHeight\": 60"), problem.line());
    assertTrue(problem.column() > 0, problem.message());
    assertTrue(problem.message().matches("polder\\.json:\\d+:\\d+: greenhouses\\[0]\\.gutterHeight: .*"), problem.message());
    assertEquals(List.of(), dataFiles(), "nothing written");
    assertFalse(site.imported());
  }

  @Test
  void aBadImportLeavesTheParkImportedBeforeAsItWas() throws Exception {
    SitePark site = new SitePark(data());
    site.importFile(SiteParkFiles.write(folder.resolve("usb"), "first.json", SiteParkFiles.VALID), RECIPES);
    byte[] before = Files.readAllBytes(site.file());

    Path bad = SiteParkFiles.write(folder.resolve("usb"), "second.json", SiteParkFiles.BAD_GUTTER.replace("Polder", "Other"));
    assertThrows(InvalidFileException.class, () -> site.importFile(bad, RECIPES));

    assertArrayEquals(before, Files.readAllBytes(site.file()));
    assertEquals(List.of(SitePark.FILE_NAME), dataFiles());
  }

  @Test
  void aCopyThatCannotBeMovedInPlaceLeavesNoTemporaryFileBehind() throws Exception {
    SitePark site = new SitePark(data());
    // park.json is a folder that is not empty: the final move fails after the temporary file was written.
    Files.createDirectories(site.file());
    Files.writeString(site.file().resolve("keep.txt"), "x");
    Path source = SiteParkFiles.write(folder.resolve("usb"), "polder.json", SiteParkFiles.VALID);

    assertThrows(IOException.class, () -> site.importFile(source, RECIPES));

    assertEquals(List.of(SitePark.FILE_NAME), dataFiles(), "only what was there before");
    assertEquals("x", Files.readString(site.file().resolve("keep.txt")));
  }

  @Test
  void aFileThatIsNotUtf8IsAProblemNotACrash() throws Exception {
    Path source = folder.resolve("latin1.json");
    Files.write(source, SiteParkFiles.VALID.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    InvalidFileException e = assertThrows(InvalidFileException.class, () -> SitePark.check(source, RECIPES));

    assertEquals("latin1.json: is not UTF-8 text", e.getMessage());
  }

  @Test
  void aMissingFileIsAProblemNamingIt() {
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> SitePark.check(folder.resolve("gone.json"), RECIPES));
    assertTrue(e.getMessage().startsWith("gone.json: cannot be read"), e.getMessage());
  }

  @Test
  void choosingTheDemoMovesAnImportedFileAsideInsteadOfDeletingIt() throws Exception {
    SitePark site = new SitePark(data());
    site.importFile(SiteParkFiles.write(folder.resolve("usb"), "polder.json", SiteParkFiles.VALID), RECIPES);

    site.useDemo();

    assertFalse(site.imported());
    assertEquals(SiteParkFiles.VALID, Files.readString(data().resolve(SitePark.PREVIOUS_FILE_NAME)));
  }

  @Test
  void aStartRunsTheGivenFileElseTheImportedOneElseTheDemo() throws Exception {
    SitePark site = new SitePark(data());
    Path given = folder.resolve("given.json");
    assertEquals(new ConsolePark.Source.Demo(), ConsolePark.Source.atStart(site, Optional.empty()));
    site.importFile(SiteParkFiles.write(folder.resolve("usb"), "polder.json", SiteParkFiles.VALID), RECIPES);
    assertEquals(new ConsolePark.Source.File(site.file()), ConsolePark.Source.atStart(site, Optional.empty()));
    assertEquals(new ConsolePark.Source.File(given), ConsolePark.Source.atStart(site, Optional.of(given)));
  }
}
