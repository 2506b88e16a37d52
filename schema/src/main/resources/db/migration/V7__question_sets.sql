-- The question sets experts review and publish (spec §3.4.6, ARCHITECTURE §10 "publishing").
-- Publishing makes a new version; the kids' route serves the newest published one, and
-- earlier versions stay readable.

CREATE TABLE question_sets (
  set_id       BIGINT      NOT NULL AUTO_INCREMENT,
  video_id     VARCHAR(64) NOT NULL,
  version      INT         NOT NULL,
  status       VARCHAR(16) NOT NULL,
  created_by   VARCHAR(64) NULL,
  created_at   DATETIME(6) NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  published_at DATETIME(6) NULL,
  PRIMARY KEY (set_id),
  UNIQUE KEY question_sets_version (video_id, version),
  CONSTRAINT question_sets_status CHECK (status IN ('draft', 'in_review', 'published')),
  CONSTRAINT question_sets_video FOREIGN KEY (video_id) REFERENCES videos (video_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE question_set_segments (
  set_id         BIGINT        NOT NULL,
  segment_index  INT           NOT NULL,
  start_seconds  DOUBLE        NOT NULL,
  end_seconds    DOUBLE        NOT NULL,
  skipped        BOOLEAN       NOT NULL DEFAULT FALSE,
  skip_reason    VARCHAR(500)  NULL,
  comment        VARCHAR(2000) NULL,
  PRIMARY KEY (set_id, segment_index),
  CONSTRAINT question_set_segments_set FOREIGN KEY (set_id) REFERENCES question_sets (set_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- question_id is what a child's device sends to grade an answer without holding the key.
CREATE TABLE question_set_questions (
  question_id    BIGINT        NOT NULL AUTO_INCREMENT,
  set_id         BIGINT        NOT NULL,
  segment_index  INT           NOT NULL,
  question_type  VARCHAR(16)   NOT NULL,
  question       VARCHAR(2000) NOT NULL,
  answer         VARCHAR(2000) NOT NULL,
  source         VARCHAR(16)   NOT NULL,
  llm_ranking    INT           NULL,
  expert_ranking INT           NULL,
  trashed        BOOLEAN       NOT NULL DEFAULT FALSE,
  modified       BOOLEAN       NOT NULL DEFAULT FALSE,
  updated_by     VARCHAR(64)   NULL,
  updated_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (question_id),
  KEY question_set_questions_by_segment (set_id, segment_index),
  CONSTRAINT question_set_questions_source CHECK (source IN ('ai', 'expert')),
  CONSTRAINT question_set_questions_segment FOREIGN KEY (set_id, segment_index)
    REFERENCES question_set_segments (set_id, segment_index) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each companion's wording per question type; the winner is what a child with that companion hears.
CREATE TABLE question_set_companion_lines (
  set_id        BIGINT        NOT NULL,
  segment_index INT           NOT NULL,
  companion     VARCHAR(16)   NOT NULL,
  question_type VARCHAR(16)   NOT NULL,
  question      VARCHAR(2000) NOT NULL,
  answer        VARCHAR(2000) NOT NULL,
  is_winner     BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (set_id, segment_index, companion, question_type),
  CONSTRAINT companion_lines_companion CHECK (companion IN ('bunny', 'pig', 'alligator')),
  CONSTRAINT companion_lines_segment FOREIGN KEY (set_id, segment_index)
    REFERENCES question_set_segments (set_id, segment_index) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
