package piggyback.api.admin.parents;

import piggyback.storage.UtcTime;
import piggyback.storage.parents.Parent;

/** A parent account as admins see it: whether it has a code, never the code. */
record ParentView(String parentId, String displayName, boolean isActive, boolean hasLoginCode,
                  String createdAt, String updatedAt) {

    static ParentView of(Parent parent, boolean hasLoginCode) {
        return new ParentView(parent.parentId(), parent.displayName(), parent.active(), hasLoginCode,
                UtcTime.iso(parent.createdAt()), UtcTime.iso(parent.updatedAt()));
    }
}
