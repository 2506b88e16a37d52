package piggyback.api.security;

/** What a session was opened with; changing it ends the sessions it opened ({@link CredentialChanged}). */
public enum Credential {
    /** An expert's password (or the admin's). */
    PASSWORD,
    /** An access code: an expert's or a parent's, typed at a sign-in or on a child's device. */
    CODE
}
