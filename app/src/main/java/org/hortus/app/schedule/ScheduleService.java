package org.hortus.app.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.hortus.app.audit.AuditJson;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.app.security.Authorizer;
import org.hortus.app.security.Permission;
import org.hortus.app.security.Session;
import org.hortus.model.park.Park;
import org.hortus.model.schedule.Schedule;

/**
 * Lists, saves, enables, disables and deletes schedules for a session: listing needs {@link
 * Permission#VIEW}, every change {@link Permission#EDIT_SCHEDULE}. A change is checked ({@link
 * ScheduleRules}) before anything is written, and its row and audit row ({@code schedule.save},
 * {@code schedule.enable}, {@code schedule.disable}, {@code schedule.delete} on {@code
 * schedule:<id>}, with the before and after state) commit in one transaction or not at all. An
 * update or delete names the revision it was made on; a row changed since is refused ({@link
 * ScheduleChangedException}). The runtime picks the change up from the store ({@code
 * HeadlessPark.reloadSchedules}). Stateless; thread-safe.
 */
public final class ScheduleService {

  private final ScheduleStore store;
  private final AuditLog audit;
  private final Park park;

  public ScheduleService(ScheduleStore store, AuditLog audit, Park park) {
    this.store = store;
    this.audit = audit;
    this.park = park;
  }

  public List<SavedSchedule> list(Session actor) throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    return store.all();
  }

  /**
   * Stores a new schedule (its id is ignored) and returns it with its id.
   *
   * @throws InvalidScheduleException when a rule refuses it
   */
  public SavedSchedule create(Session actor, Schedule schedule, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.EDIT_SCHEDULE);
    requireValid(schedule);
    return audit.commit(c -> {
      SavedSchedule saved = ScheduleStore.insert(c, schedule, actor.username(), now);
      return Audited.of(saved, record(actor, now, "schedule.save", saved.id(), AuditJson.NONE, json(saved)));
    });
  }

  /**
   * Replaces schedule {@code id}, last read at {@code revision}, by {@code schedule} (its kind
   * included); returns the stored one.
   */
  public SavedSchedule update(Session actor, long id, int revision, Schedule schedule, Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.EDIT_SCHEDULE);
    requireValid(schedule);
    return audit.commit(c -> {
      SavedSchedule before = current(c, id, revision);
      SavedSchedule after = ScheduleStore.update(c, before, schedule, actor.username(), now);
      return Audited.of(after, record(actor, now, "schedule.save", id, json(before), json(after)));
    });
  }

  /** Creates when {@code revision} is 0, else updates schedule {@code id}. */
  public SavedSchedule save(Session actor, long id, int revision, Schedule schedule, Instant now) throws SQLException {
    return revision == 0 ? create(actor, schedule, now) : update(actor, id, revision, schedule, now);
  }

  /**
   * Switches schedule {@code id} on or off; nothing is written (or audited) when it already was.
   * Needs no revision: switching is the same whatever else changed.
   */
  public SavedSchedule setEnabled(Session actor, long id, boolean enabled, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.EDIT_SCHEDULE);
    return audit.commit(c -> {
      SavedSchedule before = current(c, id, -1);
      if (before.schedule().enabled() == enabled) {
        return Audited.unchanged(before);
      }
      Schedule switched = Schedules.withEnabled(before.schedule(), enabled);
      SavedSchedule after = ScheduleStore.update(c, before, switched, actor.username(), now);
      String action = enabled ? "schedule.enable" : "schedule.disable";
      return Audited.of(after, record(actor, now, action, id, json(before), json(after)));
    });
  }

  /** Deletes schedule {@code id}, last read at {@code revision}. */
  public void delete(Session actor, long id, int revision, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.EDIT_SCHEDULE);
    audit.commit(c -> {
      SavedSchedule before = current(c, id, revision);
      ScheduleStore.delete(c, id);
      return Audited.of(null, record(actor, now, "schedule.delete", id, json(before), AuditJson.NONE));
    });
  }

  private void requireValid(Schedule schedule) {
    List<ScheduleProblem> problems = ScheduleRules.check(schedule, park);
    if (!problems.isEmpty()) {
      throw new InvalidScheduleException(problems);
    }
  }

  /** The locked row; {@code revision} -1 takes any. */
  private static SavedSchedule current(Connection c, long id, int revision) throws SQLException {
    SavedSchedule row = ScheduleStore.lock(c, id)
        .orElseThrow(() -> new ScheduleChangedException(id, "no longer exists"));
    if (revision >= 0 && row.revision() != revision) {
      throw new ScheduleChangedException(id, "was changed by " + row.updatedBy() + " (revision " + row.revision()
          + ", edited from " + revision + ")");
    }
    return row;
  }

  private static String json(SavedSchedule saved) {
    return ScheduleJson.of(saved).toString();
  }

  private static AuditRecord record(Session actor, Instant now, String action, long id, String before, String after) {
    return new AuditRecord(now, actor.username(), action, SavedSchedule.subject(id), before, after);
  }
}
