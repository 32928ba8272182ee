package org.hortus.app.runtime;

/** Receives every greenhouse scan, on the runtime's scan thread: return quickly. */
@FunctionalInterface
public interface ScanListener {
  void onScan(GreenhouseScanState state);
}
