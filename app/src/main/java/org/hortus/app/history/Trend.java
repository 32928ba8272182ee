package org.hortus.app.history;

import java.util.List;

/**
 * A trend ready to draw.
 *
 * @param pointId the point
 * @param source where it came from: "raw", "minute" or "hour"
 * @param points at most the requested width, by time
 */
public record Trend(String pointId, String source, List<TrendPoint> points) {}
