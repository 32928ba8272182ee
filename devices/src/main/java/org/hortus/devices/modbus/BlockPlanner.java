package org.hortus.devices.modbus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Groups points into read requests. Points of the same unit and table go into one request when
 * their bits or registers touch or overlap, up to the table's limit (125 registers, 2000 bits): the
 * driver never reads an address no point asked for, since a device answers ILLEGAL_DATA_ADDRESS to
 * a hole in its map. Points that failed inside a block before are read alone. Stateless.
 */
final class BlockPlanner {

  private static final Comparator<PolledPoint> ORDER =
      Comparator.comparingInt((PolledPoint p) -> p.address().unitId())
          .thenComparing(p -> p.address().table())
          .thenComparingInt(PolledPoint::start)
          .thenComparingInt(PolledPoint::end);

  private BlockPlanner() {}

  static List<ReadBlock> plan(List<PolledPoint> points, Set<PolledPoint> readAlone) {
    List<PolledPoint> sorted = new ArrayList<>(points);
    sorted.sort(ORDER);
    List<ReadBlock> blocks = new ArrayList<>();
    List<PolledPoint> current = new ArrayList<>();
    int start = 0;
    int end = 0;
    for (PolledPoint point : sorted) {
      boolean joins =
          !current.isEmpty()
              && sameRequest(current.getFirst(), point)
              && !readAlone.contains(point)
              && !readAlone.contains(current.getFirst())
              && point.start() <= end
              && Math.max(end, point.end()) - start <= point.address().table().maxPerRead();
      if (!joins) {
        close(blocks, current, start, end);
        current = new ArrayList<>();
        start = point.start();
        end = point.end();
      }
      current.add(point);
      end = Math.max(end, point.end());
    }
    close(blocks, current, start, end);
    return blocks;
  }

  private static boolean sameRequest(PolledPoint a, PolledPoint b) {
    return a.address().unitId() == b.address().unitId()
        && a.address().table() == b.address().table();
  }

  private static void close(List<ReadBlock> blocks, List<PolledPoint> points, int start, int end) {
    if (!points.isEmpty()) {
      ModbusAddress first = points.getFirst().address();
      blocks.add(new ReadBlock(first.unitId(), first.table(), start, end - start, points));
    }
  }
}
