-- Admission control for pipeline runs (docs/decisions/0023-admission-queue.md). A run that carries
-- an admission priority is created in Spring Batch's tables at once (so it has its execution id)
-- and waits here until fewer than piggyback.pipeline.max-concurrent-runs admitted runs are going,
-- counted across every process on this database. The one row of pipeline_admission_lock is what
-- a process locks while it counts and claims, so two processes never admit past the limit.
CREATE TABLE pipeline_run_queue (
    execution_id BIGINT       NOT NULL PRIMARY KEY,
    job_name     VARCHAR(100) NOT NULL, -- a process claims only runs of jobs it has
    priority     INT          NOT NULL,
    queued_at    DATETIME(3)  NOT NULL,
    state        VARCHAR(12)  NOT NULL, -- QUEUED, DISPATCHED, CANCELLED
    claimed_by   VARCHAR(120) NULL,
    claimed_at   DATETIME(3)  NULL,
    INDEX pipeline_run_queue_order (state, priority, queued_at, execution_id)
);

CREATE TABLE pipeline_admission_lock (
    id TINYINT NOT NULL PRIMARY KEY
);
INSERT INTO pipeline_admission_lock (id) VALUES (1);
