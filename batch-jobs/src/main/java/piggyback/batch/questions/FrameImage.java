package piggyback.batch.questions;

/** A sampled frame, shrunk and encoded for a prompt: base64 of a JPEG. */
public record FrameImage(int second, String base64Jpeg) {

    /** The inline form the chat API takes. */
    public String dataUrl() {
        return "data:image/jpeg;base64," + base64Jpeg;
    }
}
