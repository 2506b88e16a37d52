package piggyback.batch.tts;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import piggyback.batch.speech.SpeechCache;
import piggyback.batch.speech.SpeechRequest;
import piggyback.storage.media.MediaStore;
import piggyback.storage.media.StoredObject;
import piggyback.storage.videos.MediaKeys;

/**
 * The tts step (docs/architecture.md#the-job-graph): every question and companion line is spoken once, ahead of
 * time, into {@code tts/<companion>/<segment>-<category>.mp3}. A line already stored is skipped,
 * so a restart only speaks what is missing.
 */
@Configuration(proxyBeanMethods = false)
class TtsStepConfiguration {

    /** Lines per commit: each takes a synthesis, so a crash loses little. */
    static final int CHUNK = 10;

    @Bean
    Step ttsStep(JobRepository jobRepository, ListItemReader<SpokenLine> spokenLinesReader,
                 TtsLineFilter ttsLineFilter, TtsLineWriter ttsLineWriter) {
        // only objects are written: the speech of a line is the same whenever it is made again
        return new StepBuilder("tts", jobRepository)
                .<SpokenLine, SpokenLine>chunk(CHUNK)
                .transactionManager(new ResourcelessTransactionManager())
                .reader(spokenLinesReader)
                .processor(ttsLineFilter)
                .writer(ttsLineWriter)
                .build();
    }

    @Bean
    @StepScope
    ListItemReader<SpokenLine> spokenLinesReader(@Value("#{jobParameters['video_id']}") String videoId,
                                                 SpokenLines lines) {
        return new ListItemReader<>(lines.of(videoId));
    }

    @Bean
    @StepScope
    TtsLineFilter ttsLineFilter(@Value("#{jobParameters['video_id']}") String videoId, MediaStore store) {
        return new TtsLineFilter(videoId, store);
    }

    @Bean
    @StepScope
    TtsLineWriter ttsLineWriter(@Value("#{jobParameters['video_id']}") String videoId, MediaStore store,
                                SpeechCache speech,
                                @Value("${piggyback.tts.voice:" + SpeechRequest.DEFAULT_VOICE + "}") String voice,
                                @Value("${piggyback.tts.speed:" + SpeechRequest.DEFAULT_SPEED + "}") double speed) {
        return new TtsLineWriter(videoId, store, speech, voice, speed);
    }

    /**
     * Leaves out the lines whose speech is stored already (filtered, not written again). What is stored is listed
     * once, when the first line comes: one listing rather than a look-up per line.
     */
    static class TtsLineFilter implements org.springframework.batch.infrastructure.item.ItemProcessor<SpokenLine, SpokenLine> {

        private final String videoId;
        private final MediaStore store;
        private Set<String> stored;

        TtsLineFilter(String videoId, MediaStore store) {
            this.videoId = videoId;
            this.store = store;
        }

        @Override
        public SpokenLine process(SpokenLine line) {
            if (stored == null) {
                stored = store.list(MediaKeys.speechPrefix(videoId)).stream().map(StoredObject::key)
                        .collect(Collectors.toSet());
            }
            return stored.contains(MediaKeys.speech(videoId, line.companion(), line.key())) ? null : line;
        }
    }

    /** Speaks each line (through the speech cache), in parallel, and stores it under the video. */
    static class TtsLineWriter implements org.springframework.batch.infrastructure.item.ItemWriter<SpokenLine> {

        private final String videoId;
        private final MediaStore store;
        private final SpeechCache speech;
        private final String voice;
        private final double speed;

        TtsLineWriter(String videoId, MediaStore store, SpeechCache speech, String voice, double speed) {
            this.videoId = videoId;
            this.store = store;
            this.speech = speech;
            this.voice = voice;
            this.speed = speed;
        }

        @Override
        public void write(org.springframework.batch.infrastructure.item.Chunk<? extends SpokenLine> lines) {
            // lines are spoken side by side, one per core (the common pool and this thread): each is a
            // synthesizer process or a provider call of its own
            lines.getItems().parallelStream().forEach(line -> {
                byte[] audio = speech.speak(new SpeechRequest(line.text(), voice, speed, "mp3")).audio();
                store.put(MediaKeys.speech(videoId, line.companion(), line.key()), audio, "audio/mpeg");
            });
        }
    }
}
