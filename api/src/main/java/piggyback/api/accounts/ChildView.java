package piggyback.api.accounts;

import piggyback.storage.UtcTime;
import piggyback.storage.children.Child;

/** The Child shape of the API, plus its parent (docs/decisions/0021-accounts-and-logins.md). */
public record ChildView(String childId, String expertId, String parentId, String firstName, String lastName,
                        String iconKey, String interactionMode, boolean isActive, String createdAt,
                        String updatedAt, String expertName, String parentName) {

    public static ChildView of(Child child) {
        return new ChildView(child.childId(), child.expertId(), child.parentId(), child.firstName(), child.lastName(),
                child.iconKey(), child.interactionMode(), child.active(), UtcTime.iso(child.createdAt()),
                UtcTime.iso(child.updatedAt()), child.expertName(), child.parentName());
    }
}
