package piggyback.batch.tts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import piggyback.storage.companions.CompanionVariant;
import piggyback.storage.companions.CompanionVariants;
import piggyback.storage.segments.GeneratedQuestion;
import piggyback.storage.segments.GeneratedSegment;
import piggyback.storage.segments.GeneratedSegments;

/** Every line of a video to pre-render: each generated question, plainly and in each companion's words. */
@Component
class SpokenLines {

    private final GeneratedSegments segments;
    private final CompanionVariants variants;

    SpokenLines(GeneratedSegments segments, CompanionVariants variants) {
        this.segments = segments;
        this.variants = variants;
    }

    List<SpokenLine> of(String videoId) {
        List<SpokenLine> lines = new ArrayList<>();
        for (GeneratedSegment segment : segments.of(videoId)) {
            if (segment.generated()) {
                for (GeneratedQuestion question : segment.questions()) {
                    lines.add(new SpokenLine(SpokenLine.PLAIN, key(segment.start(), question.category()),
                            question.question()));
                }
            }
        }
        for (CompanionVariant variant : variants.of(videoId)) {
            lines.add(new SpokenLine(variant.companion(), key(variant.start(), variant.category()), variant.question()));
        }
        return lines;
    }

    private static String key(int start, String category) {
        return start + "-" + category;
    }
}
