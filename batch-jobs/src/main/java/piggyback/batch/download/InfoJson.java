package piggyback.batch.download;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * yt-dlp's metadata file as the store keeps it: yt-dlp 2023 copies the request headers, cookies
 * included, into every format's {@code http_headers}; the operator's YouTube cookies must not end
 * up in a file the API can serve.
 */
final class InfoJson {

    private InfoJson() {
    }

    /** The file's JSON without cookies; fails on anything that is not JSON. */
    static byte[] withoutCookies(JsonMapper json, byte[] file) {
        JsonNode root = json.readTree(file);
        dropCookies(root);
        return json.writeValueAsBytes(root);
    }

    private static void dropCookies(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("cookies");
            if (object.path("http_headers") instanceof ObjectNode headers) {
                headers.remove("Cookie");
            }
        }
        node.values().forEach(InfoJson::dropCookies);
    }
}
