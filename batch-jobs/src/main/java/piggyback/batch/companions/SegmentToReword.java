package piggyback.batch.companions;

import java.util.List;

/** A generated segment whose questions the companions step rewords. */
record SegmentToReword(String videoId, int start, String bestQuestion, List<QuestionToReword> questions) {
}
