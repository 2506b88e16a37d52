package piggyback.api.web;

/** Length caps (docs/api-contract.md#conventions): long enough for people, short enough to bound every request. */
public final class Limits {

    public static final int NAME = 100;
    public static final int CODE_MIN = 6;
    public static final int CODE = 64;
    public static final int ID = 64;
    /** Anything else typed into a short field (e.g. a password typed into a login box). */
    public static final int FIELD = 200;

    private Limits() {
    }
}
