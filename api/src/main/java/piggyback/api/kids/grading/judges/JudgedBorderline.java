package piggyback.api.kids.grading.judges;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import piggyback.api.kids.grading.BorderlineJudge;
import piggyback.api.kids.grading.Decision;
import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;

/**
 * The application's {@link BorderlineJudge}. With a chat model configured it is asked first; when it gives no
 * verdict (timeout, outage) the offline judge by meaning takes over, so a child always gets a considered grade.
 * The reason says which of the two decided.
 */
@Component
public class JudgedBorderline implements BorderlineJudge {

    public static final String BY_CHAT_MODEL = "AI judged uncertain answer";
    public static final String BY_MEANING = "Judged uncertain answer by meaning";

    private final Optional<AnswerJudge> chat;
    private final AnswerJudge offline;

    @Autowired
    JudgedBorderline(AnswerJudge judge, AiProvider provider) {
        this(provider.online(AiTask.JUDGE) ? Optional.of(judge) : Optional.empty(),
                provider.online(AiTask.JUDGE) ? AnswerJudges.offline() : judge);
    }

    JudgedBorderline(Optional<AnswerJudge> chat, AnswerJudge offline) {
        this.chat = chat;
        this.offline = offline;
    }

    /** The chat judge first, the offline judge when it gives no verdict: as the application with a provider. */
    public static JudgedBorderline withChat(AnswerJudge chat) {
        return new JudgedBorderline(Optional.of(chat), AnswerJudges.offline());
    }

    /** The offline judge alone, as without a chat model. */
    public static JudgedBorderline offline() {
        return new JudgedBorderline(Optional.empty(), AnswerJudges.offline());
    }

    @Override
    public Optional<Decision> judge(String question, String expected, String user) {
        Optional<Decision> byChat = chat.flatMap(model -> model.judge(question, expected, user))
                .map(verdict -> new Decision(verdict.label(), BY_CHAT_MODEL));
        return byChat.isPresent() ? byChat : offline.judge(question, expected, user)
                .map(verdict -> new Decision(verdict.label(), BY_MEANING));
    }
}
