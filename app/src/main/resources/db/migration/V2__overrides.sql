-- Manual overrides of actuators: durable, so a restart re-asserts the unexpired ones.
CREATE TABLE manual_override (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  greenhouse_id VARCHAR(100) NOT NULL,
  actuator      VARCHAR(50)  NOT NULL,
  val           DOUBLE PRECISION NOT NULL,
  set_at        BIGINT NOT NULL,
  expires_at    BIGINT NOT NULL,
  set_by        VARCHAR(100) NOT NULL,
  reason        VARCHAR(500) NOT NULL,
  cleared_at    BIGINT
);
CREATE INDEX manual_override_active ON manual_override (greenhouse_id, expires_at);
