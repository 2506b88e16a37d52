package piggyback.batch.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import piggyback.batch.VideoIds;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator may say about a dropped file in {@code name.json} beside it: its title, its
 * segment length and the id it gets. Every field is optional; an unknown field is refused, so a
 * misspelt one is not silently ignored.
 */
record Sidecar(String title, Integer intervalSeconds, String videoId) {

    static final int MAX_TITLE = 500;
    private static final Set<String> FIELDS = Set.of("title", "interval_seconds", "video_id");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_BYTES = 64 * 1024;

    static final Sidecar NONE = new Sidecar(null, null, null);

    /** @throws InboxRefusal when the sidecar is there but unusable, saying why */
    static Sidecar read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InboxRefusal(file.getFileName() + " is larger than 64 KB");
            }
            root = JSON.readTree(Files.readString(file));
        } catch (JacksonException | IOException e) {
            throw new InboxRefusal(file.getFileName() + " is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InboxRefusal(file.getFileName() + " must hold a JSON object");
        }
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InboxRefusal(file.getFileName() + ": unknown field; the fields are title, interval_seconds and video_id");
            }
        }
        return new Sidecar(title(root.get("title"), file), interval(root.get("interval_seconds"), file),
                videoId(root.get("video_id"), file));
    }

    private static String title(JsonNode node, Path file) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.asString().isBlank() || node.asString().strip().length() > MAX_TITLE) {
            throw new InboxRefusal(file.getFileName() + ": title must be text of 1 to " + MAX_TITLE + " characters");
        }
        return node.asString().strip();
    }

    private static Integer interval(JsonNode node, Path file) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > 300) {
            throw new InboxRefusal(file.getFileName() + ": interval_seconds must be a whole number from 1 to 300");
        }
        return node.asInt();
    }

    private static String videoId(JsonNode node, Path file) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || !VideoIds.isValid(node.asString())) {
            throw new InboxRefusal(file.getFileName() + ": video_id must be 1 to 64 letters, digits, '_' or '-'");
        }
        return node.asString();
    }
}
