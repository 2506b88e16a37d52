package piggyback.storage.cues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The subtitle cues of each video (the cues table), in the order they are shown. */
@Repository
public class Cues {

    /** The size of cues.text. */
    static final int MAX_TEXT = 2000;
    /** Rows per INSERT statement: a long video has thousands of cues. */
    private static final int ROWS_PER_INSERT = 200;
    private static final RowMapper<Cue> ROW = (rs, n) ->
            new Cue(rs.getLong("start_ms"), rs.getLong("end_ms"), rs.getString("text"));

    private final JdbcClient jdbc;

    Cues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Cue> of(String videoId) {
        return jdbc.sql("SELECT start_ms, end_ms, text FROM cues WHERE video_id = ? ORDER BY seq")
                .param(videoId).query(ROW).list();
    }

    /** The cues shown at some time in [fromMs, toMs), in order. */
    public List<Cue> overlapping(String videoId, long fromMs, long toMs) {
        return jdbc.sql("SELECT start_ms, end_ms, text FROM cues WHERE video_id = ? AND start_ms < ? AND end_ms > ?"
                        + " ORDER BY seq")
                .params(videoId, toMs, fromMs).query(ROW).list();
    }

    public int count(String videoId) {
        return jdbc.sql("SELECT COUNT(*) FROM cues WHERE video_id = ?").param(videoId).query(Integer.class).single();
    }

    /** Replaces every cue of the video at once, so readers see the old cues or the new ones, never a mix. */
    @Transactional
    public void replace(String videoId, List<Cue> cues) {
        jdbc.sql("DELETE FROM cues WHERE video_id = ?").param(videoId).update();
        for (int from = 0; from < cues.size(); from += ROWS_PER_INSERT) {
            List<Cue> slice = cues.subList(from, Math.min(cues.size(), from + ROWS_PER_INSERT));
            List<Object> params = new ArrayList<>(slice.size() * 5);
            for (int i = 0; i < slice.size(); i++) {
                Cue cue = slice.get(i);
                String text = cue.text().length() > MAX_TEXT ? cue.text().substring(0, MAX_TEXT) : cue.text();
                Collections.addAll(params, videoId, from + i, cue.startMs(), cue.endMs(), text);
            }
            jdbc.sql("INSERT INTO cues (video_id, seq, start_ms, end_ms, text) VALUES "
                    + String.join(", ", Collections.nCopies(slice.size(), "(?, ?, ?, ?, ?)")))
                    .params(params).update();
        }
    }
}
