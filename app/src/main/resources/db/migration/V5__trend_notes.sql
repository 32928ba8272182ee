-- Notes on the trends' time axis ("sprayed fungicide", "replaced sensor"), seen by every console.
-- at: the moment the note is about; created_at: when it was written. Epoch milliseconds (UTC).
CREATE TABLE trend_note (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  at         BIGINT        NOT NULL,
  text       VARCHAR(1000) NOT NULL,
  user_name  VARCHAR(100)  NOT NULL,
  created_at BIGINT        NOT NULL
);
CREATE INDEX trend_note_at ON trend_note (at);
