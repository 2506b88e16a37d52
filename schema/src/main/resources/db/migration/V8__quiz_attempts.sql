-- A child's quiz attempts and each answer in them (spec §3.4.8, A-4). Written in one
-- transaction per attempt; deleting a child deletes its attempts.

CREATE TABLE quiz_attempts (
  attempt_id               BIGINT      NOT NULL AUTO_INCREMENT,
  child_id                 CHAR(6)     NOT NULL,
  video_id                 VARCHAR(64) NOT NULL,
  attempted_at             DATETIME(6) NOT NULL,
  questions_total          INT         NOT NULL,
  questions_correct        INT         NOT NULL,
  questions_wrong          INT         NOT NULL,
  percentage               DOUBLE      NOT NULL,
  total_retries            INT         NOT NULL,
  avg_retries_per_question DOUBLE      NOT NULL,
  watch_minutes            DOUBLE      NULL,
  interaction_mode         VARCHAR(16) NULL,
  session_id               VARCHAR(64) NULL,
  manual_pauses            INT         NULL,
  PRIMARY KEY (attempt_id),
  KEY quiz_attempts_by_child (child_id, attempt_id),
  CONSTRAINT quiz_attempts_child FOREIGN KEY (child_id) REFERENCES children (child_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE quiz_attempt_details (
  attempt_id      BIGINT        NOT NULL,
  seq             INT           NOT NULL,
  question        VARCHAR(2000) NULL,
  expected_answer VARCHAR(2000) NULL,
  user_answer     VARCHAR(2000) NULL,
  status          VARCHAR(16)   NULL,
  similarity      DOUBLE        NULL,
  question_type   VARCHAR(16)   NULL,
  answered_at     VARCHAR(40)   NULL,
  PRIMARY KEY (attempt_id, seq),
  CONSTRAINT quiz_attempt_details_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempts (attempt_id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
