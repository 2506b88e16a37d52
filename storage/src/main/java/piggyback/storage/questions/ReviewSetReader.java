package piggyback.storage.questions;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a question set whole, with the review columns, as a {@link ReviewSet}. */
@Component
class ReviewSetReader {

    private static final RowMapper<ReviewQuestion> QUESTION = (rs, n) -> new ReviewQuestion(
            rs.getLong("question_id"), rs.getString("question_type"), rs.getString("question"),
            rs.getString("answer"), rs.getString("source"), rs.getObject("llm_ranking", Integer.class),
            rs.getObject("expert_ranking", Integer.class), rs.getBoolean("trashed"), rs.getBoolean("modified"),
            rs.getString("original_question"), rs.getString("original_answer"), rs.getString("updated_by"),
            rs.getObject("updated_at", LocalDateTime.class));
    private static final RowMapper<ReviewLine> LINE = (rs, n) -> new ReviewLine(
            rs.getString("companion"), rs.getString("question_type"), rs.getString("question"),
            rs.getString("answer"), rs.getBoolean("is_winner"), rs.getString("updated_by"),
            rs.getObject("updated_at", LocalDateTime.class));

    private record Indexed<T>(int segmentIndex, T row) {
    }

    private record Field(String name, String json) {
    }

    private final JdbcClient jdbc;

    ReviewSetReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReviewSet> load(long setId) {
        return jdbc.sql("SELECT * FROM question_sets WHERE set_id = ?").param(setId)
                .query((rs, n) -> new ReviewSet(rs.getLong("set_id"), rs.getString("video_id"), rs.getInt("version"),
                        rs.getString("status"), rs.getInt("revision"), rs.getString("updated_by"),
                        rs.getObject("updated_at", LocalDateTime.class), rs.getString("published_by"),
                        rs.getObject("published_at", LocalDateTime.class), segments(setId)))
                .optional();
    }

    private List<ReviewSegment> segments(long setId) {
        // question_id grows with insertion, so this is the order the questions were written in
        Map<Integer, List<ReviewQuestion>> questions = bySegment(jdbc.sql(
                        "SELECT * FROM question_set_questions WHERE set_id = ? ORDER BY segment_index, question_id")
                .param(setId)
                .query((rs, n) -> new Indexed<>(rs.getInt("segment_index"), QUESTION.mapRow(rs, n))).list());
        Map<Integer, List<ReviewLine>> lines = bySegment(jdbc.sql("""
                        SELECT * FROM question_set_companion_lines WHERE set_id = ?
                        ORDER BY segment_index, companion, question_type""")
                .param(setId)
                .query((rs, n) -> new Indexed<>(rs.getInt("segment_index"), LINE.mapRow(rs, n))).list());
        Map<Integer, List<Field>> fields = bySegment(jdbc.sql(
                        "SELECT * FROM question_set_segment_fields WHERE set_id = ? ORDER BY segment_index, name")
                .param(setId)
                .query((rs, n) -> new Indexed<>(rs.getInt("segment_index"),
                        new Field(rs.getString("name"), rs.getString("value_json")))).list());
        return jdbc.sql("SELECT * FROM question_set_segments WHERE set_id = ? ORDER BY segment_index")
                .param(setId)
                .query((rs, n) -> {
                    int index = rs.getInt("segment_index");
                    Map<String, String> named = new LinkedHashMap<>();
                    fields.getOrDefault(index, List.of()).forEach(f -> named.put(f.name(), f.json()));
                    return new ReviewSegment(index, rs.getDouble("start_seconds"), rs.getDouble("end_seconds"),
                            rs.getBoolean("skipped"), rs.getString("skip_reason"), rs.getString("comment"),
                            rs.getString("triage_comment"), rs.getString("ranking_comment"),
                            rs.getString("updated_by"), rs.getObject("updated_at", LocalDateTime.class),
                            questions.getOrDefault(index, List.of()), lines.getOrDefault(index, List.of()), named);
                })
                .list();
    }

    private static <T> Map<Integer, List<T>> bySegment(List<Indexed<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Indexed::segmentIndex,
                Collectors.mapping(Indexed::row, Collectors.toList())));
    }
}
