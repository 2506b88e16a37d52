package piggyback.storage.codes;

/** Who an access code belongs to. */
public record CodeOwner(Kind kind, String id) {

    public enum Kind { EXPERT, PARENT }

    public static CodeOwner expert(String expertId) {
        return new CodeOwner(Kind.EXPERT, expertId);
    }

    public static CodeOwner parent(String parentId) {
        return new CodeOwner(Kind.PARENT, parentId);
    }
}
