package org.hortus.app.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One audited act, before it has its place in the chain: who did what to which subject, when, and
 * the subject's state before and after.
 *
 * @param at when it happened; kept to the millisecond, as stored
 * @param actor the user who did it, or {@code system} for the first run and automatic acts
 * @param action a dotted verb, e.g. {@code user.add}, {@code override.set}, {@code recipe.activate}
 * @param subject what it was done to, e.g. {@code user:alice}, {@code greenhouse:GH-01}
 * @param beforeJson the subject's state before, as JSON text; {@code null} (the JSON literal) when
 *     the subject did not exist
 * @param afterJson the state after, as JSON text; {@code null} (the JSON literal) when removed
 */
public record AuditRecord(
    Instant at, String actor, String action, String subject, String beforeJson, String afterJson) {

  public AuditRecord {
    at = at.truncatedTo(ChronoUnit.MILLIS);
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(beforeJson, "beforeJson (use the JSON literal null)");
    Objects.requireNonNull(afterJson, "afterJson (use the JSON literal null)");
  }
}
