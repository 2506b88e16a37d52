package piggyback.api.admin.experts;

import piggyback.storage.UtcTime;
import piggyback.storage.experts.Expert;

/** The Expert shape of the admin routes; never carries the password hash. */
public record ExpertView(String expertId, String displayName, boolean isActive, String createdAt, String updatedAt) {

    public static ExpertView of(Expert expert) {
        return new ExpertView(expert.expertId(), expert.displayName(), expert.active(),
                UtcTime.iso(expert.createdAt()), UtcTime.iso(expert.updatedAt()));
    }
}
