-- Point history: one row per changed value. Times are epoch milliseconds (UTC).
CREATE TABLE series (
  id       INTEGER AUTO_INCREMENT PRIMARY KEY,
  point_id VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE sample (
  series_id INTEGER NOT NULL,
  ts        BIGINT  NOT NULL,
  val       DOUBLE PRECISION NOT NULL,
  quality   TINYINT NOT NULL, -- 0 GOOD, 1 UNCERTAIN, 2 BAD
  PRIMARY KEY (series_id, ts)
);

-- Rollups per minute and per hour; raw samples expire, rollups stay.
CREATE TABLE rollup_minute (
  series_id INTEGER NOT NULL,
  bucket    BIGINT  NOT NULL, -- bucket start, epoch ms
  min_val   DOUBLE PRECISION NOT NULL,
  max_val   DOUBLE PRECISION NOT NULL,
  mean_val  DOUBLE PRECISION NOT NULL,
  last_val  DOUBLE PRECISION NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (series_id, bucket)
);

CREATE TABLE rollup_hour (
  series_id INTEGER NOT NULL,
  bucket    BIGINT  NOT NULL,
  min_val   DOUBLE PRECISION NOT NULL,
  max_val   DOUBLE PRECISION NOT NULL,
  mean_val  DOUBLE PRECISION NOT NULL,
  last_val  DOUBLE PRECISION NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (series_id, bucket)
);

-- How far rollups have been computed: buckets before this are complete.
CREATE TABLE rollup_watermark (
  resolution VARCHAR(10) PRIMARY KEY,
  done_until BIGINT NOT NULL
);
INSERT INTO rollup_watermark VALUES ('minute', 0), ('hour', 0);

-- The runtime's watchdog heartbeat, one row per runtime.
CREATE TABLE heartbeat (
  runtime_id VARCHAR(100) PRIMARY KEY,
  beat_at    BIGINT NOT NULL
);
