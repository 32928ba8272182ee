-- Irrigation and ventilation schedules (docs/schedules.md). Times of day and dates are local to the
-- park's time zone; updated_at is epoch milliseconds (UTC). Every change is audited (schedule.*).
CREATE TABLE schedule (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(20)  NOT NULL,  -- IRRIGATION or VENTILATION
  name             VARCHAR(100) NOT NULL,
  target_id        VARCHAR(100) NOT NULL,  -- a zone (irrigation) or a greenhouse (ventilation)
  start_minute     INTEGER      NOT NULL,  -- local start time, minutes after midnight
  recurrence       VARCHAR(20)  NOT NULL,  -- DAILY, WEEKDAYS or EVERY_N_DAYS
  weekdays         VARCHAR(80),            -- WEEKDAYS: e.g. MONDAY,THURSDAY
  every_days       INTEGER,                -- EVERY_N_DAYS: the period ...
  every_from       DATE,                   -- ... counted from this date
  valid_from       DATE,                   -- null: no first date
  valid_until      DATE,                   -- null: no last date
  dose_ml_per_m2   DOUBLE PRECISION,       -- IRRIGATION: a volume per m² ...
  dose_seconds     BIGINT,                 -- ... or a valve-open time
  opening_percent  DOUBLE PRECISION,       -- VENTILATION: vent opening ...
  duration_seconds BIGINT,                 -- ... held this long
  enabled          BOOLEAN      NOT NULL,
  revision         INTEGER      NOT NULL,  -- +1 on every change: a stale edit is refused
  updated_by       VARCHAR(64)  NOT NULL,
  updated_at       BIGINT       NOT NULL,
  CHECK (kind IN ('IRRIGATION', 'VENTILATION')),
  CHECK (recurrence IN ('DAILY', 'WEEKDAYS', 'EVERY_N_DAYS')),
  CHECK (start_minute BETWEEN 0 AND 1439),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
);
CREATE INDEX schedule_target ON schedule (target_id);
