-- Every admin action, who did it and from where.
CREATE TABLE audit_log (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  at          DATETIME(6)   NOT NULL,
  actor_role  VARCHAR(16)   NOT NULL,
  actor_id    VARCHAR(64)   NULL,
  action      VARCHAR(64)   NOT NULL,
  target_kind VARCHAR(32)   NOT NULL,
  target_id   VARCHAR(64)   NULL,
  detail      VARCHAR(2000) NULL,
  client_ip   VARCHAR(64)   NULL,
  PRIMARY KEY (id),
  KEY audit_log_by_time (at),
  KEY audit_log_by_target (target_kind, target_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Failed logins per client and per account, shared by every API instance.
-- The key is a SHA-256 of "client:<ip>" or "account:<id>", so no code or address is kept in clear.
CREATE TABLE login_failures (
  throttle_key      CHAR(64)    NOT NULL,
  failures          INT         NOT NULL,
  window_started_at DATETIME(6) NOT NULL,
  blocked_until     DATETIME(6) NULL,
  PRIMARY KEY (throttle_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
