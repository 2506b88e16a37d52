package piggyback.batch.frames;

/** A frame ready to store: its JPEG bytes and size. */
record EncodedFrame(int second, int width, int height, byte[] jpeg) {
}
