package piggyback.storage.companions;

/**
 * A companion's wording of one generated question (companion_variants).
 *
 * @param start     the segment's first second
 * @param companion bunny, pig or alligator
 * @param answer    the question's answer, kept exactly
 * @param generator what wrote the wording, e.g. offline-templates
 */
public record CompanionVariant(int start, String category, String companion, String question, String answer,
                               String generator) {
}
