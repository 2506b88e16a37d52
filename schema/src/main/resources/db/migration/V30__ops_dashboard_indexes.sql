-- The operator dashboard lists runs by status and by video (the video_id job parameter); without
-- these every filtered page would scan the whole run history.
CREATE INDEX batch_job_execution_status ON BATCH_JOB_EXECUTION (STATUS, JOB_EXECUTION_ID);
CREATE INDEX batch_job_execution_params_value ON BATCH_JOB_EXECUTION_PARAMS (PARAMETER_NAME, PARAMETER_VALUE(64));
