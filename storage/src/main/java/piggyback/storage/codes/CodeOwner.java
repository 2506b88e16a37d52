package piggyback.storage.codes;

/** Who an access code belongs to. */
public record CodeOwner(Kind kind, String id) {

    public enum Kind {
        /** An expert's personal code: it signs the expert in, never a device. */
        EXPERT,
        /** A parent's family code: the family's devices. */
        PARENT,
        /** An expert's class code (id: the expert's): devices of its children who have no parent. */
        CLASS
    }

    public static CodeOwner expert(String expertId) {
        return new CodeOwner(Kind.EXPERT, expertId);
    }

    public static CodeOwner parent(String parentId) {
        return new CodeOwner(Kind.PARENT, parentId);
    }

    public static CodeOwner classOf(String expertId) {
        return new CodeOwner(Kind.CLASS, expertId);
    }
}
