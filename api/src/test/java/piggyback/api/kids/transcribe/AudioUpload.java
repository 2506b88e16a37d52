package piggyback.api.kids.transcribe;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import piggyback.api.ApiClient;

/** A browser's upload of a recording to {@code /api/transcribe}: multipart, on a client's session. */
final class AudioUpload {

    private AudioUpload() {
    }

    /** Posts the audio as the part {@code field}, on {@code caller}'s session (or none when null). */
    static HttpResponse<String> post(int port, ApiClient caller, String field, byte[] audio, String contentType)
            throws Exception {
        String boundary = "----pb" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"speech.webm\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(audio);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/transcribe"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (caller != null) {
            request.header("Cookie", "SESSION=" + caller.sessionId()).header("X-Forwarded-For", caller.address());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, ApiClient caller, byte[] audio, String contentType) throws Exception {
        return post(port, caller, "file", audio, contentType);
    }
}
