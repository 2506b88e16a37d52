package piggyback.batch.tts;

/**
 * One line a child may hear: a question as generated ({@code plain}) or in a companion's words.
 *
 * @param key  {@code <segment start>-<category>}, the file name under {@code tts/<companion>/}
 */
record SpokenLine(String companion, String key, String text) {

    static final String PLAIN = "plain";
}
