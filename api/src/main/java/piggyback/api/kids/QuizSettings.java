package piggyback.api.kids;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The quiz configuration the kids' page reads from {@code /api/config}; the judge's model is
 * {@code piggyback.ai.judge.model} ({@link piggyback.batch.ai.AiProvider}).
 *
 * @param skipPrevention whether the player stops forward seeking past what was watched
 */
@ConfigurationProperties("piggyback.quiz")
record QuizSettings(Boolean skipPrevention, Double rapidfuzzCorrect, Double rapidfuzzWrong, Boolean useAi,
                    Double aiTemperature, Integer aiMaxTokens, Double aiTimeout) {

    QuizSettings {
        skipPrevention = skipPrevention == null ? Boolean.TRUE : skipPrevention;
        rapidfuzzCorrect = rapidfuzzCorrect == null ? 0.75 : rapidfuzzCorrect;
        rapidfuzzWrong = rapidfuzzWrong == null ? 0.45 : rapidfuzzWrong;
        useAi = useAi == null ? Boolean.TRUE : useAi;
        aiTemperature = aiTemperature == null ? 0.0 : aiTemperature;
        aiMaxTokens = aiMaxTokens == null ? 50 : aiMaxTokens;
        aiTimeout = aiTimeout == null ? 3.0 : aiTimeout;
    }
}
