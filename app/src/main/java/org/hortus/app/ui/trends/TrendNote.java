package org.hortus.app.ui.trends;

import java.time.Instant;

/**
 * A note on the trends' time axis ("sprayed fungicide", "replaced sensor"), seen by everyone.
 *
 * @param id its row id
 * @param at the moment on the time axis it is about
 * @param text what happened
 * @param user who wrote it
 * @param createdAt when it was written
 */
public record TrendNote(long id, Instant at, String text, String user, Instant createdAt) {}
