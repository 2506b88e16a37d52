package piggyback.api.kids.player;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import piggyback.api.kids.questions.Companion;
import piggyback.api.kids.questions.KidSegment;
import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.media.MediaStore;
import piggyback.storage.questions.QuestionTypes;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;
import piggyback.storage.videos.MediaKeys;

/**
 * Where the player finds the speech the tts step made of a question (docs/architecture.md#the-job-graph): the
 * companion's line, else the plain question, of the same segment and type. The step spoke the
 * generated words, so a recording is used only when its words are exactly the ones asked; an
 * expert's rewording has none and the page speaks it through {@code /api/tts}.
 */
@Component
class PreRenderedSpeech {

    private final GeneratedSegments segments;
    private final CompanionVariants variants;
    private final MediaStore store;

    PreRenderedSpeech(GeneratedSegments segments, CompanionVariants variants, MediaStore store) {
        this.segments = segments;
        this.variants = variants;
        this.store = store;
    }

    /** The speech of each question's words for this video and companion, looked up once per video. */
    Lookup of(String videoId, Companion companion) {
        return new Lookup(videoId, companion, segments.of(videoId), variants.of(videoId));
    }

    final class Lookup {

        private final String videoId;
        private final Companion companion;
        private final List<GeneratedSegment> generated;
        private final List<CompanionVariant> lines;

        private Lookup(String videoId, Companion companion, List<GeneratedSegment> generated,
                       List<CompanionVariant> lines) {
            this.videoId = videoId;
            this.companion = companion;
            this.generated = generated;
            this.lines = lines;
        }

        /** The {@code /downloads} path of the stored speech of exactly this question's words, if there is one. */
        Optional<String> speechOf(KidSegment asked) {
            double start = asked.segmentRangeStart().doubleValue();
            if (start != Math.rint(start)) {
                return Optional.empty();
            }
            int second = (int) start;
            String type = asked.questionType();
            String words = asked.question().strip();
            Optional<String> spoken = lines.stream()
                    .filter(line -> line.start() == second && line.companion().equals(companion.key())
                            && QuestionTypes.normalise(line.category()).equals(type)
                            && line.question() != null && line.question().strip().equals(words))
                    .map(line -> path(companion.key(), second, line.category()))
                    .findFirst()
                    .or(() -> generated.stream().filter(segment -> segment.start() == second && segment.generated())
                            .flatMap(segment -> segment.questions().stream())
                            .filter(question -> QuestionTypes.normalise(question.category()).equals(type)
                                    && question.question() != null && question.question().strip().equals(words))
                            .map(question -> path("plain", second, question.category()))
                            .findFirst());
            return spoken.filter(path -> store.exists(MediaKeys.prefix(videoId) + path))
                    .map(path -> "/downloads/" + videoId + "/" + path);
        }

        private String path(String speaker, int second, String category) {
            String key = MediaKeys.speech(videoId, speaker, second + "-" + category);
            return key.substring(MediaKeys.prefix(videoId).length());
        }
    }
}
