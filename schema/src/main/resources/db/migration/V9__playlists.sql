-- Playlists an admin wants ingested, optionally on a schedule (a Quartz cron expression).
-- Quartz keeps the triggers in its own tables; this row is what the product shows and edits.
CREATE TABLE playlists (
  playlist_id      BIGINT        NOT NULL AUTO_INCREMENT,
  url              VARCHAR(2000) NOT NULL,
  cron             VARCHAR(120)  NULL,
  interval_seconds INT           NOT NULL DEFAULT 60,
  created_by       VARCHAR(64)   NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (playlist_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
