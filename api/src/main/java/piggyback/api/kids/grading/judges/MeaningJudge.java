package piggyback.api.kids.grading.judges;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.util.function.SingletonSupplier;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import piggyback.api.kids.grading.Grade;
import piggyback.api.kids.grading.PartialAnswers;
import piggyback.api.kids.grading.ReferenceGrader;

/**
 * The offline judge: decides the answers the grader's rules leave uncertain, with no network. An answer that said
 * some of the expected answer's key words and left out only what is implied is correct ({@link PartialAnswers}).
 * Otherwise an answer that nearly spells the expected one (the reference's fuzzy score at or above
 * {@value #SPELLED_AT}: a recogniser's split or clipped word, "the for rest", "it will mel"; not a part of the
 * expected answer, which that score calls a match) is correct; otherwise
 * the cosine of the two answers' sentence embeddings (all-MiniLM-L6-v2, quantised, shipped inside its Maven jar)
 * decides: at or above {@value #CORRECT_AT} correct (a paraphrase: "run after the ball" for "chase the ball"),
 * below it almost when the answer said part of the expected one ("the turtle" for "the turtle won"), else wrong.
 * Both thresholds were chosen on the development set's tuning split (README); an "almost" band between two cosines
 * lowered the agreement there, since the cosine of a neighbouring answer and of a different one overlap. The
 * quantised bge-small-en-v1.5 did no better on the held-out split. The model loads on first use, once, since most
 * answers never reach it.
 */
public final class MeaningJudge implements AnswerJudge {

    static final double SPELLED_AT = 0.85;
    static final double CORRECT_AT = 0.76;

    private final Supplier<EmbeddingModel> embeddings =
            SingletonSupplier.of(AllMiniLmL6V2QuantizedEmbeddingModel::new);

    @Override
    public Optional<Verdict> judge(String question, String expected, String answer) {
        if (expected.isBlank() || answer.isBlank()) {
            return Optional.empty();
        }
        Optional<Verdict> partial = PartialAnswers.judge(question, expected, answer)
                .map(decision -> decision.status().equals(Grade.CORRECT) ? Verdict.CORRECT : Verdict.ALMOST);
        if (partial.isPresent() && partial.get() == Verdict.CORRECT) {
            return partial;
        }
        // a part of the expected answer spells part of it: the near spelling is for clipped or split words
        if (partial.isEmpty() && ReferenceGrader.score(expected, answer) >= SPELLED_AT) {
            return Optional.of(Verdict.CORRECT);
        }
        double similarity = cosine(embed(expected), embed(answer));
        return Optional.of(similarity >= CORRECT_AT ? Verdict.CORRECT : partial.orElse(Verdict.WRONG));
    }

    private float[] embed(String text) {
        return embeddings.get().embed(text).content().vector();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
