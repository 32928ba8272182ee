package org.hortus.app.history;

/** One stored sample: point, epoch milliseconds, value and quality (0 GOOD, 1 UNCERTAIN, 2 BAD). */
record HistoryRow(String pointId, long epochMillis, double value, int quality) {}
