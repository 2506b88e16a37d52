package piggyback.api.kids.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import piggyback.storage.questions.CompanionLine;
import piggyback.storage.questions.QuestionTypes;
import piggyback.storage.questions.SetQuestion;
import piggyback.storage.questions.SetSegment;

/**
 * Which question each segment of a published set asks a child (docs/decisions/0006-every-segment-asks.md), with the
 * product's fixes: every segment is served, the last one included; a rank of 0 or null
 * means unranked and sorts after ranked questions; when a companion's winning wording
 * is used, the item describes the question of the winner's type: its type, rankings
 * and {@code question_id}; skipped segments ask nothing.
 */
public final class QuestionSelection {

    /** The types tried, in this order, when a segment has no servable question. */
    private static final List<String> FALLBACK_TYPES = List.of(
            "character", "action", "feeling", "causal", "setting", "outcome", "prediction");
    /** Expert rank first, then the model's; a stable sort keeps the written order among equals. */
    private static final Comparator<SetQuestion> BY_RANK = Comparator
            .comparingInt((SetQuestion q) -> rank(q.expertRanking())).thenComparingInt(q -> rank(q.llmRanking()));

    /** What a segment asks, and the set question that holds its answer key (null when none has its type). */
    private record Asked(String question, String answer, String type, SetQuestion keyQuestion) {
    }

    private QuestionSelection() {
    }

    /**
     * The items for a child, in segment order.
     *
     * @param companion the child's companion, or null for the questions' own wording
     */
    public static List<KidSegment> select(List<SetSegment> segments, Companion companion) {
        List<KidSegment> items = new ArrayList<>();
        for (SetSegment segment : segments) {
            if (!segment.skipped()) {
                ask(segment, companion).ifPresent(items::add);
            }
        }
        return items;
    }

    private static Optional<KidSegment> ask(SetSegment segment, Companion companion) {
        List<SetQuestion> ranked = segment.questions().stream().sorted(BY_RANK).toList();
        Optional<Asked> asked = ranked.stream().filter(q -> !q.trashed() && hasText(q.question())).findFirst()
                .map(q -> new Asked(q.question(), q.answer(), QuestionTypes.normalise(q.questionType()), q))
                .or(() -> fallbackLine(segment, companion).map(line -> worded(line, ranked, "")));
        if (companion != null) {
            asked = asked.map(plain -> winner(segment, companion)
                    .map(line -> worded(line, ranked, plain.answer())).orElse(plain));
        }
        return asked.map(a -> {
            SetQuestion key = a.keyQuestion();
            return new KidSegment(KidSegment.seconds(segment.startSeconds()), KidSegment.seconds(segment.endSeconds()),
                    a.question(), a.answer(), a.type(), key == null ? null : key.llmRanking(),
                    key == null ? null : key.expertRanking(), key == null ? null : key.questionId());
        });
    }

    /** A companion line's wording; its answer, or {@code answerIfNone} when the line has none. */
    private static Asked worded(CompanionLine line, List<SetQuestion> ranked, String answerIfNone) {
        String type = QuestionTypes.normalise(line.questionType());
        return new Asked(line.question(), hasText(line.answer()) ? line.answer() : answerIfNone, type,
                questionOfType(ranked, type));
    }

    /** The best-ranked question of the type, preferring one that is not trashed. */
    private static SetQuestion questionOfType(List<SetQuestion> ranked, String type) {
        List<SetQuestion> ofType = ranked.stream()
                .filter(q -> QuestionTypes.normalise(q.questionType()).equals(type)).toList();
        return ofType.stream().filter(q -> !q.trashed()).findFirst()
                .orElse(ofType.isEmpty() ? null : ofType.get(0));
    }

    /** The child's companion (else bunny), then bunny, pig, alligator. */
    private static Optional<CompanionLine> fallbackLine(SetSegment segment, Companion companion) {
        Set<Companion> order = new LinkedHashSet<>();
        order.add(companion == null ? Companion.BUNNY : companion);
        order.addAll(List.of(Companion.BUNNY, Companion.PIG, Companion.ALLIGATOR));
        for (Companion candidate : order) {
            for (String type : FALLBACK_TYPES) {
                Optional<CompanionLine> line = segment.companionLines().stream()
                        .filter(l -> l.companion().equals(candidate.key()) && hasText(l.question())
                                && QuestionTypes.normalise(l.questionType()).equals(type))
                        .findFirst();
                if (line.isPresent()) {
                    return line;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CompanionLine> winner(SetSegment segment, Companion companion) {
        return segment.companionLines().stream()
                .filter(l -> l.winner() && l.companion().equals(companion.key()) && hasText(l.question()))
                .findFirst();
    }

    private static int rank(Integer rank) {
        return rank != null && rank > 0 ? rank : Integer.MAX_VALUE;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
