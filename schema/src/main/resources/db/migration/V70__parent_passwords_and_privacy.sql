-- Parents sign in to the parents' page with a password of their own: the family code the child
-- types on the device no longer opens it. NULL until the admin sets one or the parent chooses one.
ALTER TABLE parents ADD COLUMN password_hash VARCHAR(255) NULL AFTER display_name;

-- One-time links an admin copies to a parent so the parent can choose the password. Only a
-- SHA-256 of the token is kept, so a copy of the table opens nothing.
CREATE TABLE parent_password_links (
  token_digest CHAR(64)    NOT NULL,
  parent_id    VARCHAR(50) NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (token_digest),
  KEY parent_password_links_by_parent (parent_id),
  CONSTRAINT parent_password_links_parent FOREIGN KEY (parent_id) REFERENCES parents (parent_id)
    ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- An account's back-off grows with its failures in a row; they are forgotten a while after the last.
ALTER TABLE login_failures ADD COLUMN last_failure_at DATETIME(6) NULL;

-- The retention job finds attempts by age.
CREATE INDEX quiz_attempts_by_time ON quiz_attempts (attempted_at, attempt_id);
