package piggyback.api.kids.grading;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import piggyback.batch.ai.AiProvider;
import piggyback.api.kids.grading.judges.AnswerJudge;

/**
 * The application's {@link BorderlineJudge}: the pipeline's {@link AnswerJudge}, the chat model or the offline
 * judge by meaning, and a reason that says which of the two decided.
 */
@Component
class JudgedBorderline implements BorderlineJudge {

    private final AnswerJudge judge;
    private final boolean byChatModel;

    @Autowired
    JudgedBorderline(AnswerJudge judge, AiProvider provider) {
        this(judge, provider.online());
    }

    JudgedBorderline(AnswerJudge judge, boolean byChatModel) {
        this.judge = judge;
        this.byChatModel = byChatModel;
    }

    @Override
    public Optional<String> judge(String question, String expected, String user) {
        return judge.judge(question, expected, user).map(AnswerJudge.Verdict::label);
    }

    @Override
    public String verdictReason() {
        return byChatModel ? "AI judged borderline case" : "Judged borderline case by meaning";
    }
}
