package piggyback.api.kids.grading;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Words that sound alike, as a speech recogniser confuses them ("bare" for "bear", "skull" for "school", "won"
 * for "one"): Double Metaphone (Apache Commons Codec) with either of its two codes, and the same first letter,
 * since the codes drop vowels and so also pair words a child would never confuse ("eat" and "out").
 */
final class Phonetics {

    private static final DoubleMetaphone CODES = new DoubleMetaphone();

    private Phonetics() {
    }

    static boolean soundAlike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 2 || b.length() < 2 || a.charAt(0) != b.charAt(0) && !(isVowel(a) && isVowel(b))) {
            return false;
        }
        return CODES.isDoubleMetaphoneEqual(a, b, false) || CODES.isDoubleMetaphoneEqual(a, b, true);
    }

    /** Either code of the word equals either code of the other, whatever their first letters (number words). */
    static boolean soundAlikeAnyStart(String a, String b) {
        String a1 = CODES.doubleMetaphone(a, false);
        String a2 = CODES.doubleMetaphone(a, true);
        String b1 = CODES.doubleMetaphone(b, false);
        String b2 = CODES.doubleMetaphone(b, true);
        return !a1.isEmpty() && (a1.equals(b1) || a1.equals(b2) || a2.equals(b1) || a2.equals(b2));
    }

    private static boolean isVowel(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0;
    }
}
