package org.hortus.app.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Hortus keeps its data by operating-system convention: Linux {@code $XDG_DATA_HOME/hortus}
 * (default {@code ~/.local/share/hortus}), Windows {@code %LOCALAPPDATA%\Hortus}, macOS {@code
 * ~/Library/Application Support/Hortus}.
 */
public final class DataFolder {

  private DataFolder() {}

  public static Path forThisUser() {
    return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static Path resolve(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.get("LOCALAPPDATA");
      return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("Hortus");
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Hortus");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("hortus");
  }
}
