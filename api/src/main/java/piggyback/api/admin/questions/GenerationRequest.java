package piggyback.api.admin.questions;

import piggyback.batch.questions.QuestionsJobParameters;
import tools.jackson.databind.JsonNode;

/**
 * The one message a client sends on the questions socket. The numbers are read as
 * Python's {@code int()} reads them: whole numbers, decimals (truncated), numeric text, true/false.
 * The client may name a {@code provider}; the configured generator answers whatever it names.
 */
record GenerationRequest(int startSeconds, int intervalSeconds, boolean fullDuration) {

    /** @throws IllegalArgumentException with the message the error event carries */
    static GenerationRequest of(JsonNode message) {
        if (message == null || !message.isObject()) {
            throw new IllegalArgumentException("The request must be a JSON object");
        }
        JsonNode full = message.get("full_duration");
        if (full != null && !full.isBoolean() && !full.isNull()) {
            throw new IllegalArgumentException("full_duration must be true or false");
        }
        return new GenerationRequest(integer(message, "start_seconds", 0),
                integer(message, "interval_seconds", QuestionsJobParameters.DEFAULT_INTERVAL), full != null && full.asBoolean());
    }

    private static int integer(JsonNode message, String field, int fallback) {
        JsonNode value = message.get(field);
        if (value == null) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? 1 : 0;
        }
        if (value.isNumber() && Math.abs(value.asDouble()) < Integer.MAX_VALUE) {
            return (int) value.asDouble();
        }
        if (value.isString()) {
            try {
                return Integer.parseInt(value.asString().strip());
            } catch (NumberFormatException notANumber) {
                // the same message as any other bad value below
            }
        }
        throw new IllegalArgumentException(field + " must be a whole number, not " + value);
    }
}
