package piggyback.batch.companions;

import java.util.List;

import piggyback.storage.companions.CompanionVariant;

/** The companion lines written for one segment, ready to store. */
record WordedSegment(String videoId, List<CompanionVariant> variants) {
}
