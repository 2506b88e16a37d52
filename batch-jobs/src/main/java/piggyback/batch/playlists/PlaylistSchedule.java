package piggyback.batch.playlists;

import java.time.Instant;

import piggyback.storage.playlists.Playlist;

/** A playlist with its schedule's state: NORMAL, PAUSED or NONE (no cron), and the next firing. */
public record PlaylistSchedule(Playlist playlist, String state, Instant nextFireTime) {
}
