package piggyback.api.kids.videos;

/**
 * A video in the kids' library ({@code GET /api/kids_videos}).
 *
 * @param thumbnail the stored thumbnail under /downloads, else the first frame, else the site's address, else null
 * @param duration  {@code MM:SS}, minutes not wrapped at 60; {@code 00:00} when unknown
 * @param localPath where the player fetches the stored file
 */
record KidsVideo(String videoId, String title, String thumbnail, String duration, String localPath) {
}
