-- Every process that manages runs refreshes its row here (piggyback.pipeline.heartbeat); a run
-- claimed from the admission queue (pipeline_run_queue.claimed_by) by a process whose row is older
-- than piggyback.pipeline.owner-timeout is recovered and restarted by a clustered Quartz job.
CREATE TABLE pipeline_instances (
    instance_id VARCHAR(120) NOT NULL PRIMARY KEY,
    started_at  DATETIME(3)  NOT NULL,
    last_seen   DATETIME(3)  NOT NULL
);
