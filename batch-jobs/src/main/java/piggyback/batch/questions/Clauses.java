package piggyback.batch.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence cut into its clauses at ", and" / ", so" / "because" / "when" …, each with the word
 * that joined it to the one before; enough to find cause and effect.
 */
final class Clauses {

    /** A clause's words and the connective in front of it (null for the first). */
    record Part(List<Word> words, String connective) {
    }

    /** What happened and why, e.g. "Pip was happy" because "it was the day of the picnic". */
    record CauseAndEffect(Clause effect, List<Word> cause) {
    }

    private static final Set<String> JOINING = Set.of("and", "but", "so", "then");
    private static final Set<String> SUBORDINATING = Set.of("because", "when", "while", "after", "before", "until",
            "if", "although", "since");

    private Clauses() {
    }

    static List<Part> of(List<Word> sentence) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        Word first = sentence.get(0);
        int comma = indexOf(sentence, ",");
        if (first.is("SCONJ") || first.in(SUBORDINATING) && comma > 0) {
            // "Because it rained, they ran home": the fronted clause ends at the comma
            if (comma > 1) {
                parts.add(new Part(sentence.subList(1, comma), first.lower()));
                i = comma + 1;
            }
        }
        List<Word> current = new ArrayList<>();
        String connective = null;
        for (; i < sentence.size(); i++) {
            Word word = sentence.get(i);
            Word next = i + 1 < sentence.size() ? sentence.get(i + 1) : null;
            if (word.text().equals(",") && next != null && next.in(JOINING)) {
                connective = flush(parts, current, connective, next.lower());
                i++;
            } else if (word.in(SUBORDINATING) && word.is("SCONJ", "ADV") && !current.isEmpty()) {
                connective = flush(parts, current, connective, word.lower());
            } else {
                current.add(word);
            }
        }
        flush(parts, current, connective, null);
        return parts;
    }

    /** The sentence's cause and effect, when it says "… because …" or "…, so …". */
    static Optional<CauseAndEffect> causeAndEffect(List<Word> sentence) {
        List<Part> parts = of(sentence);
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            if ("because".equals(part.connective())) {
                // fronted ("Because …, they ran") or following ("They ran because …")
                List<Word> effect = k == 0 && parts.size() > 1 ? parts.get(1).words()
                        : k > 0 ? parts.get(k - 1).words() : null;
                Optional<Clause> clause = effect == null ? Optional.empty() : Clause.parse(effect);
                if (clause.isPresent()) {
                    return Optional.of(new CauseAndEffect(clause.get(), part.words()));
                }
            }
            if ("so".equals(part.connective()) && k > 0) {
                Optional<Clause> clause = Clause.parse(part.words());
                if (clause.isPresent()) {
                    return Optional.of(new CauseAndEffect(clause.get(), parts.get(k - 1).words()));
                }
            }
        }
        return Optional.empty();
    }

    private static String flush(List<Part> parts, List<Word> current, String connective, String nextConnective) {
        if (!current.isEmpty()) {
            parts.add(new Part(List.copyOf(current), connective));
            current.clear();
        }
        return nextConnective;
    }

    private static int indexOf(List<Word> words, String text) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
