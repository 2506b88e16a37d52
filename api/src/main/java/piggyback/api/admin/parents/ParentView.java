package piggyback.api.admin.parents;

import piggyback.storage.UtcTime;
import piggyback.storage.parents.Parent;

/** A parent account as admins see it: whether it has a code and a password, never either. */
record ParentView(String parentId, String displayName, boolean isActive, boolean hasLoginCode, boolean hasPassword,
                  String createdAt, String updatedAt) {

    static ParentView of(Parent parent, boolean hasLoginCode, boolean hasPassword) {
        return new ParentView(parent.parentId(), parent.displayName(), parent.active(), hasLoginCode, hasPassword,
                UtcTime.iso(parent.createdAt()), UtcTime.iso(parent.updatedAt()));
    }
}
