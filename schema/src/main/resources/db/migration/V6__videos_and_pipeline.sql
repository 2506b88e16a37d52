-- Videos and what the ingest pipeline makes of them. Bytes live in the object store under
-- videos/<video_id>/...; these rows say what is there and how far each video has come.
-- video_id keeps its case (YouTube ids are case-sensitive): utf8mb4_bin compares exactly.

CREATE TABLE videos (
  video_id         VARCHAR(64)   NOT NULL,
  source_kind      VARCHAR(16)   NOT NULL,
  source_url       VARCHAR(2000) NULL,
  title            VARCHAR(500)  NOT NULL,
  thumbnail_url    VARCHAR(2000) NULL,
  duration_seconds DOUBLE        NULL,
  status           VARCHAR(24)   NOT NULL DEFAULT 'registered',
  source_size      BIGINT        NULL,
  source_sha256    CHAR(64)      NULL,
  subtitle_warning VARCHAR(2000) NULL,
  frame_count      INT           NULL,
  fps              DOUBLE        NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (video_id),
  CONSTRAINT videos_source_kind CHECK (source_kind IN ('youtube', 'upload', 'url'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Which experts review which videos (many-to-many; spec §3.1.2).
CREATE TABLE video_expert_assignments (
  video_id          VARCHAR(64) NOT NULL,
  expert_id         VARCHAR(50) NOT NULL,
  assignment_source VARCHAR(16) NOT NULL,
  assigned_at       DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (video_id, expert_id),
  KEY video_expert_assignments_by_expert (expert_id),
  CONSTRAINT assignments_source_known CHECK (assignment_source IN ('admin', 'expert_claim')),
  CONSTRAINT assignments_video FOREIGN KEY (video_id) REFERENCES videos (video_id) ON DELETE CASCADE,
  CONSTRAINT assignments_expert FOREIGN KEY (expert_id) REFERENCES experts (expert_id)
    ON UPDATE CASCADE ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Subtitle cues parsed from WebVTT (or transcribed when a video has none).
CREATE TABLE cues (
  video_id VARCHAR(64)   NOT NULL,
  seq      INT           NOT NULL,
  start_ms BIGINT        NOT NULL,
  end_ms   BIGINT        NOT NULL,
  text     VARCHAR(2000) NOT NULL,
  PRIMARY KEY (video_id, seq),
  CONSTRAINT cues_video FOREIGN KEY (video_id) REFERENCES videos (video_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One frame per second (frames/<second>.jpg) with the subtitle text shown at that second.
CREATE TABLE frames (
  video_id      VARCHAR(64)   NOT NULL,
  second        INT           NOT NULL,
  width         INT           NOT NULL,
  height        INT           NOT NULL,
  subtitle_text VARCHAR(2000) NULL,
  PRIMARY KEY (video_id, second),
  CONSTRAINT frames_video FOREIGN KEY (video_id) REFERENCES videos (video_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A segment of the video and the outcome of generating its questions (spec §4.3, §4.4).
CREATE TABLE segments (
  video_id      VARCHAR(64)   NOT NULL,
  start_second  INT           NOT NULL,
  end_second    INT           NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  generator     VARCHAR(64)   NULL,
  best_question VARCHAR(2000) NULL,
  error_reason  VARCHAR(64)   NULL,
  error_detail  VARCHAR(2000) NULL,
  attempts      INT           NOT NULL DEFAULT 0,
  updated_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (video_id, start_second),
  CONSTRAINT segments_status_known CHECK (status IN ('pending', 'generated', 'failed')),
  CONSTRAINT segments_video FOREIGN KEY (video_id) REFERENCES videos (video_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The seven ranked AI questions of a segment, one per category (spec §4.4.4).
CREATE TABLE generated_questions (
  video_id     VARCHAR(64)   NOT NULL,
  start_second INT           NOT NULL,
  category     VARCHAR(16)   NOT NULL,
  question     VARCHAR(2000) NOT NULL,
  answer       VARCHAR(2000) NOT NULL,
  llm_rank     INT           NULL,
  PRIMARY KEY (video_id, start_second, category),
  CONSTRAINT generated_questions_category CHECK (category IN
    ('character', 'setting', 'feeling', 'action', 'causal', 'outcome', 'prediction')),
  CONSTRAINT generated_questions_segment FOREIGN KEY (video_id, start_second)
    REFERENCES segments (video_id, start_second) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each companion's wording of a generated question (spec §4.9).
CREATE TABLE companion_variants (
  video_id     VARCHAR(64)   NOT NULL,
  start_second INT           NOT NULL,
  category     VARCHAR(16)   NOT NULL,
  companion    VARCHAR(16)   NOT NULL,
  question     VARCHAR(2000) NOT NULL,
  answer       VARCHAR(2000) NOT NULL,
  generator    VARCHAR(64)   NULL,
  PRIMARY KEY (video_id, start_second, category, companion),
  CONSTRAINT companion_variants_companion CHECK (companion IN ('bunny', 'pig', 'alligator')),
  CONSTRAINT companion_variants_question FOREIGN KEY (video_id, start_second, category)
    REFERENCES generated_questions (video_id, start_second, category) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
