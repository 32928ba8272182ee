package org.hortus.app.schedule;

/**
 * The schedule to change is gone or was changed by someone else since it was read (another
 * console, another user); nothing was changed. Read it again and redo the edit.
 */
public final class ScheduleChangedException extends IllegalStateException {

  private final long scheduleId;

  public ScheduleChangedException(long scheduleId, String detail) {
    super("schedule " + scheduleId + " " + detail);
    this.scheduleId = scheduleId;
  }

  public long scheduleId() {
    return scheduleId;
  }
}
