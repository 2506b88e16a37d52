package piggyback.storage.playlists;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/** The playlists table. */
@Repository
public class Playlists {

    private static final RowMapper<Playlist> ROW = (rs, n) -> new Playlist(rs.getLong("playlist_id"),
            rs.getString("url"), rs.getString("cron"), rs.getInt("interval_seconds"), rs.getString("created_by"),
            rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));

    private final JdbcClient jdbc;

    Playlists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Playlist insert(String url, String cron, int intervalSeconds, String createdBy) {
        LocalDateTime now = UtcTime.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO playlists (url, cron, interval_seconds, created_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(url, cron, intervalSeconds, createdBy, now, now).update(key);
        return find(key.getKey().longValue()).orElseThrow();
    }

    public Optional<Playlist> find(long playlistId) {
        return jdbc.sql("SELECT * FROM playlists WHERE playlist_id = ?").param(playlistId).query(ROW).optional();
    }

    public List<Playlist> all() {
        return jdbc.sql("SELECT * FROM playlists ORDER BY playlist_id").query(ROW).list();
    }

    public boolean delete(long playlistId) {
        return jdbc.sql("DELETE FROM playlists WHERE playlist_id = ?").param(playlistId).update() == 1;
    }
}
