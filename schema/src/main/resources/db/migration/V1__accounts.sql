-- Accounts: experts (parents/experts of the seed), parents, children, and their access codes.
-- Ids are stored normalised (lower-case for experts and parents), so comparisons are exact.

CREATE TABLE experts (
  expert_id     VARCHAR(50)  NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  is_active     BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (expert_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE parents (
  parent_id    VARCHAR(50)  NOT NULL,
  display_name VARCHAR(100) NOT NULL,
  is_active    BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE children (
  child_id         CHAR(6)      NOT NULL,
  expert_id        VARCHAR(50)  NULL,
  parent_id        VARCHAR(50)  NULL,
  first_name       VARCHAR(100) NOT NULL,
  last_name        VARCHAR(100) NOT NULL DEFAULT '',
  icon_key         VARCHAR(32)  NOT NULL,
  interaction_mode VARCHAR(16)  NOT NULL DEFAULT 'flexible',
  is_active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (child_id),
  CONSTRAINT children_id_six_digits CHECK (child_id REGEXP '^[0-9]{6}$'),
  CONSTRAINT children_mode_known CHECK (interaction_mode IN ('strict', 'flexible', 'passive')),
  CONSTRAINT children_expert FOREIGN KEY (expert_id) REFERENCES experts (expert_id)
    ON UPDATE CASCADE ON DELETE SET NULL,
  CONSTRAINT children_parent FOREIGN KEY (parent_id) REFERENCES parents (parent_id)
    ON UPDATE CASCADE ON DELETE SET NULL,
  KEY children_by_expert (expert_id, is_active),
  KEY children_by_parent (parent_id, is_active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Login is by the code alone, so codes are unique across experts and parents: the keyed
-- lookup digest (HMAC-SHA256 with a server secret) finds the owner, the PBKDF2 hash confirms.
-- Exactly one of expert_id / parent_id is set (checked by the application: MySQL forbids
-- CHECK constraints on columns with foreign-key actions).
CREATE TABLE access_codes (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  expert_id       VARCHAR(50)  NULL,
  parent_id       VARCHAR(50)  NULL,
  lookup_digest   CHAR(64)     NOT NULL,
  code_hash       VARCHAR(255) NOT NULL,
  chosen_by_owner BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY access_codes_digest (lookup_digest),
  UNIQUE KEY access_codes_expert (expert_id),
  UNIQUE KEY access_codes_parent (parent_id),
  CONSTRAINT access_codes_expert_fk FOREIGN KEY (expert_id) REFERENCES experts (expert_id)
    ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT access_codes_parent_fk FOREIGN KEY (parent_id) REFERENCES parents (parent_id)
    ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
