package org.hortus.devices.opcua;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;

/**
 * The shape of an {@link OpcUaPointServer}'s address space, from the point paths alone. Every path
 * prefix is a container: an <em>object</em> if it holds points itself (it stands for a thing, e.g.
 * {@code Park/GH-01/Climate}: HasComponent to its points and sub-objects), else a <em>folder</em>
 * (Organizes its children), as OPC UA Part 3 and Part 5 use them. Immutable.
 */
final class PointTree {

  /** What a container node is. */
  enum Kind {
    FOLDER,
    OBJECT
  }

  private final Map<String, Kind> containers;

  private PointTree(Map<String, Kind> containers) {
    this.containers = containers;
  }

  /**
   * The tree of {@code points}.
   *
   * @throws IllegalArgumentException if a path is served twice or is also a container
   */
  static PointTree of(List<ServedPoint> points) {
    Set<String> paths = new HashSet<>();
    Map<String, Kind> containers = new LinkedHashMap<>();
    for (ServedPoint point : points) {
      if (!paths.add(point.path())) {
        throw new IllegalArgumentException("point path served twice: " + point.path());
      }
      String path = point.path();
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        containers.putIfAbsent(path.substring(0, slash), Kind.FOLDER);
      }
    }
    for (ServedPoint point : points) {
      parent(point.path()).ifPresent(parent -> containers.put(parent, Kind.OBJECT));
    }
    for (String path : paths) {
      if (containers.containsKey(path)) {
        throw new IllegalArgumentException("point path is also a folder: " + path);
      }
    }
    return new PointTree(containers);
  }

  /** Every container path, parents before children, with its kind. */
  Map<String, Kind> containers() {
    return containers;
  }

  Kind kind(String containerPath) {
    return containers.get(containerPath);
  }

  /** {@code Park/GH-01} for {@code Park/GH-01/Climate}; empty at the top. */
  static Optional<String> parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(path.substring(0, slash));
  }

  /** The last segment: {@code Climate} for {@code Park/GH-01/Climate}. */
  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
