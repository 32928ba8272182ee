-- Users, versioned recipes and the hash-chained audit log. Times are epoch milliseconds (UTC).
-- docs/security.md describes the roles, the password format and the audit chain.

-- One row per account. password_hash holds algorithm, iterations, salt and hash, e.g.
-- pbkdf2-sha256$600000$<salt base64>$<hash base64>; never a password.
CREATE TABLE users (
  username        VARCHAR(64)  PRIMARY KEY,
  role            VARCHAR(20)  NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  failed_attempts INTEGER      NOT NULL DEFAULT 0,
  locked_until    BIGINT,
  created_at      BIGINT       NOT NULL,
  disabled        BOOLEAN      NOT NULL DEFAULT FALSE
);

-- Recipe versions are immutable: a change is saved as a new version.
CREATE TABLE recipe_version (
  recipe_id VARCHAR(100) NOT NULL,
  version   INTEGER      NOT NULL,
  json_text CLOB         NOT NULL,
  saved_by  VARCHAR(64)  NOT NULL,
  saved_at  BIGINT       NOT NULL,
  PRIMARY KEY (recipe_id, version)
);

-- Every activation of a recipe version for a greenhouse; the latest one per greenhouse holds.
CREATE TABLE recipe_activation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  greenhouse_id VARCHAR(100) NOT NULL,
  recipe_id     VARCHAR(100) NOT NULL,
  version       INTEGER      NOT NULL,
  activated_by  VARCHAR(64)  NOT NULL,
  activated_at  BIGINT       NOT NULL,
  FOREIGN KEY (recipe_id, version) REFERENCES recipe_version (recipe_id, version)
);
CREATE INDEX recipe_activation_greenhouse ON recipe_activation (greenhouse_id, id);

-- The audit log: append only, each row chained to the previous one by prev_hash.
-- before_json / after_json hold JSON text; the literal null means "no such state".
CREATE TABLE audit (
  seq         BIGINT      PRIMARY KEY,
  at          BIGINT      NOT NULL,
  actor       VARCHAR(64) NOT NULL,
  action      VARCHAR(64) NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  before_json CLOB        NOT NULL,
  after_json  CLOB        NOT NULL,
  prev_hash   CHAR(64)    NOT NULL,
  hash        CHAR(64)    NOT NULL
);

-- The last appended row, written in the same transaction: lets verify see rows removed
-- from the end of the chain, which no later row could reveal.
CREATE TABLE audit_head (
  id        INTEGER  PRIMARY KEY CHECK (id = 1),
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);
