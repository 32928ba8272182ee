-- Every alarm transition, as the alarm engine emitted it (ISA-18.2 history).
CREATE TABLE alarm_transition (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  alarm_id    VARCHAR(200) NOT NULL,
  source      VARCHAR(200) NOT NULL,
  at          BIGINT NOT NULL,
  from_state  VARCHAR(40) NOT NULL,
  to_state    VARCHAR(40) NOT NULL,
  priority    VARCHAR(20) NOT NULL,
  active      BOOLEAN NOT NULL,
  val         DOUBLE PRECISION,
  message     VARCHAR(1000) NOT NULL,
  cause       VARCHAR(40) NOT NULL,
  user_name   VARCHAR(100),
  user_comment VARCHAR(1000),
  chattering  BOOLEAN NOT NULL
);
CREATE INDEX alarm_transition_alarm ON alarm_transition (alarm_id, id);
CREATE INDEX alarm_transition_at ON alarm_transition (at);

-- Operator commands for the running runtime (acknowledge, shelve), e.g. from the command line.
CREATE TABLE alarm_command (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  alarm_id    VARCHAR(200) NOT NULL,
  command     VARCHAR(20) NOT NULL,
  user_name   VARCHAR(100) NOT NULL,
  user_comment VARCHAR(1000) NOT NULL,
  until_at    BIGINT,
  requested_at BIGINT NOT NULL,
  done_at     BIGINT,
  outcome     VARCHAR(500)
);
