package piggyback.api.kids.grading;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where something is, relative to a thing: "in the box" and "under the box" name the same thing but another
 * place, which a teacher calls almost. Prepositions of one group are the same relation ("in", "inside").
 */
final class SpatialRelation {

    private static final Map<String, String> GROUPS = Map.ofEntries(Map.entry("in", "in"),
            Map.entry("inside", "in"), Map.entry("into", "in"), Map.entry("on", "on"), Map.entry("onto", "on"),
            Map.entry("upon", "on"), Map.entry("over", "on"), Map.entry("above", "on"), Map.entry("under", "under"),
            Map.entry("underneath", "under"), Map.entry("below", "under"), Map.entry("beneath", "under"),
            Map.entry("behind", "behind"), Map.entry("beside", "next"), Map.entry("next", "next"));
    private static final Pattern RELATION = Pattern.compile("\\b(" + String.join("|", GROUPS.keySet())
            + ")\\b(?: to)?(?: (?:the|a|an|his|her|their|my|our))? ([a-z]+)");

    private SpatialRelation() {
    }

    /** Whether both put the same thing after prepositions of different groups. */
    static boolean swapped(String expected, String answer) {
        for (String[] e : relations(expected)) {
            for (String[] a : relations(answer)) {
                if (e[1].equals(a[1]) && !GROUPS.get(e[0]).equals(GROUPS.get(a[0]))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String[]> relations(String text) {
        Matcher relation = RELATION.matcher(text);
        List<String[]> found = new java.util.ArrayList<>();
        while (relation.find()) {
            found.add(new String[] {relation.group(1), relation.group(2)});
        }
        return found;
    }
}
