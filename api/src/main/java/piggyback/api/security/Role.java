package piggyback.api.security;

/** Who is asking (docs/decisions/0009-who-may-call-what.md). */
public enum Role {
    /** Signed in with ADMIN_PASSWORD. */
    ADMIN,
    /** A parent/expert signed in with its id + password or its access code. */
    EXPERT,
    /** A parent on the parents' page, signed in with its id and its own password. */
    PARENT,
    /** A child's device, signed in with a parent's or expert's access code. */
    LEARNER;

    public String authority() {
        return "ROLE_" + name();
    }
}
