package piggyback.api.kids.grading.judges;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import piggyback.batch.ai.AiProvider;
import piggyback.batch.ai.AiTask;
import piggyback.batch.ai.ChatModels;

/**
 * The {@link AnswerJudge} that {@link AiProvider} chooses for the judge task (OpenAI or a local OpenAI-compatible
 * server, Claude, Gemini, or offline). The online judge gets a chat model of its own with the reference's settings
 * ({@link AnswerJudges#chat}), passing the provider's shared rate limit.
 */
@Configuration(proxyBeanMethods = false)
class AnswerJudgeConfiguration {

    @Bean
    AnswerJudge answerJudge(AiProvider provider, ChatModels chatModels, Environment environment) {
        if (!provider.online(AiTask.JUDGE)) {
            return AnswerJudges.offline();
        }
        return AnswerJudges.chat(settings -> chatModels.forTask(AiTask.JUDGE, settings), environment);
    }
}
