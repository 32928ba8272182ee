package org.hortus.app.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit rows to read; every part is optional and the parts combine with AND.
 *
 * @param actor only rows by this user ({@code ada}, {@code system})
 * @param kind only rows of this kind: an action prefix ending with a dot ({@code user.}, {@code
 *     override.}) or one exact action ({@code user.add})
 * @param from only rows at or after this moment
 * @param to only rows before this moment
 */
public record AuditFilter(
    Optional<String> actor, Optional<String> kind, Optional<Instant> from, Optional<Instant> to) {

  public AuditFilter {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    actor = actor.filter(a -> !a.isBlank());
    kind = kind.filter(k -> !k.isBlank());
  }

  /** Every row. */
  public static AuditFilter all() {
    return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public AuditFilter byActor(String user) {
    return new AuditFilter(Optional.ofNullable(user), kind, from, to);
  }

  public AuditFilter ofKind(String prefixOrAction) {
    return new AuditFilter(actor, Optional.ofNullable(prefixOrAction), from, to);
  }

  public AuditFilter from(Instant start) {
    return new AuditFilter(actor, kind, Optional.ofNullable(start), to);
  }

  public AuditFilter to(Instant end) {
    return new AuditFilter(actor, kind, from, Optional.ofNullable(end));
  }

  /** True when {@link #kind} names a group of actions ({@code user.}) rather than one. */
  public boolean kindIsPrefix() {
    return kind.map(k -> k.endsWith(".")).orElse(false);
  }

  /** True when {@code entry} passes this filter (the same test the SQL makes). */
  public boolean accepts(AuditEntry entry) {
    AuditRecord r = entry.record();
    return actor.map(r.actor()::equals).orElse(true)
        && kind.map(k -> kindIsPrefix() ? r.action().startsWith(k) : r.action().equals(k))
            .orElse(true)
        && from.map(f -> !r.at().isBefore(f)).orElse(true)
        && to.map(r.at()::isBefore).orElse(true);
  }
}
