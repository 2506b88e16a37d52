-- Expert review of question sets (spec §4.7-4.8, §12.2; ARCHITECTURE §10 "publishing").
-- A video has at most one working set (draft, then in_review once an expert saved into it);
-- publishing turns it into a published version and the next edit opens a new draft copied from
-- it. Every expert decision is a row with who and when, so nothing an expert decides is lost.

-- revision counts the saves of a video's sets (a new draft continues its source's count):
-- a save must name the revision it was based on, so a stale save is refused, not merged.
ALTER TABLE question_sets
  ADD COLUMN revision     INT         NOT NULL DEFAULT 0,
  ADD COLUMN updated_by   VARCHAR(64) NULL,
  ADD COLUMN published_by VARCHAR(64) NULL;

ALTER TABLE question_set_segments
  ADD COLUMN triage_comment  VARCHAR(2000) NULL,
  ADD COLUMN ranking_comment VARCHAR(2000) NULL,
  ADD COLUMN updated_by      VARCHAR(64)   NULL,
  ADD COLUMN updated_at      DATETIME(6)   NULL;

-- the model's wording, kept when an expert edits the question
ALTER TABLE question_set_questions
  ADD COLUMN original_question VARCHAR(2000) NULL,
  ADD COLUMN original_answer   VARCHAR(2000) NULL;

ALTER TABLE question_set_companion_lines
  ADD COLUMN updated_by VARCHAR(64) NULL,
  ADD COLUMN updated_at DATETIME(6) NULL;

-- Fields of a segment the server does not model (the review pages' own notes, e.g. approved or
-- aiOriginalBest), kept as the client sent them: a save that leaves one out keeps it.
CREATE TABLE question_set_segment_fields (
  set_id        BIGINT       NOT NULL,
  segment_index INT          NOT NULL,
  name          VARCHAR(100) NOT NULL,
  value_json    MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (set_id, segment_index, name),
  CONSTRAINT segment_fields_segment FOREIGN KEY (set_id, segment_index)
    REFERENCES question_set_segments (set_id, segment_index) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every review decision as it was made: what, on which question type or companion, the value
-- before and after, who and when (segment_index is null for decisions on the whole set).
CREATE TABLE question_set_decisions (
  decision_id    BIGINT        NOT NULL AUTO_INCREMENT,
  set_id         BIGINT        NOT NULL,
  segment_index  INT           NULL,
  kind           VARCHAR(24)   NOT NULL,
  subject        VARCHAR(32)   NULL,
  previous_value VARCHAR(4000) NULL,
  new_value      VARCHAR(4000) NULL,
  decided_by     VARCHAR(64)   NOT NULL,
  decided_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (decision_id),
  KEY question_set_decisions_by_segment (set_id, segment_index),
  CONSTRAINT question_set_decisions_kind CHECK (kind IN ('trash', 'keep', 'rank', 'edit', 'own_question',
    'skip', 'unskip', 'comment', 'triage_comment', 'ranking_comment', 'companion_line', 'winner', 'field',
    'segment_added', 'published')),
  CONSTRAINT question_set_decisions_set FOREIGN KEY (set_id) REFERENCES question_sets (set_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
