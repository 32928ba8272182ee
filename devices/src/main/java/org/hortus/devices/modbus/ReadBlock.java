package org.hortus.devices.modbus;

import java.util.List;

/**
 * One read request covering neighbouring points of one table on one unit.
 *
 * @param unitId the unit the request goes to
 * @param table the table read
 * @param start the first wire address
 * @param quantity how many bits or registers (never more than the table's {@link
 *     ModbusTable#maxPerRead()})
 * @param points the points inside the block
 */
record ReadBlock(int unitId, ModbusTable table, int start, int quantity, List<PolledPoint> points) {

  ReadBlock {
    if (quantity < 1 || quantity > table.maxPerRead()) {
      throw new IllegalArgumentException(
          "a " + table.text() + " read covers 1.." + table.maxPerRead() + ", not " + quantity);
    }
    points = List.copyOf(points);
  }

  /** The same points, each in a block of its own. */
  List<ReadBlock> split() {
    return points.stream()
        .map(p -> new ReadBlock(unitId, table, p.start(), p.end() - p.start(), List.of(p)))
        .toList();
  }
}
