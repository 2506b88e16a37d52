package piggyback.storage.children;

/** Which children to list: by expert and/or parent (null = any), and whether inactive ones count. */
public record ChildFilter(String expertId, String parentId, boolean includeInactive) {

    public static ChildFilter everyone(boolean includeInactive) {
        return new ChildFilter(null, null, includeInactive);
    }

    public static ChildFilter ofExpert(String expertId, boolean includeInactive) {
        return new ChildFilter(expertId, null, includeInactive);
    }

    public static ChildFilter ofParent(String parentId, boolean includeInactive) {
        return new ChildFilter(null, parentId, includeInactive);
    }
}
