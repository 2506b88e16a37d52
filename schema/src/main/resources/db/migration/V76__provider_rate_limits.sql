-- One row per model provider and model: the shared schedule every process reserves its calls on
-- (piggyback.batch.ai.ProviderLimits). next_request_at and next_tokens_at are when the next
-- call may go by the requests and tokens per minute configured; paused_until is set when the
-- provider answers 429 or says its remaining requests or tokens are used up.
CREATE TABLE provider_rate_limits (
    bucket          VARCHAR(200) NOT NULL PRIMARY KEY,
    next_request_at DATETIME(6)  NULL,
    next_tokens_at  DATETIME(6)  NULL,
    paused_until    DATETIME(6)  NULL
);
