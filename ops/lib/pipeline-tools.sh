# Sourced by ops/run and ops/test: the programs the pipeline runs, and a lister of the Debian
# packages missing from this machine. yt-dlp downloads; espeak-ng speaks (offline speech);
# pocketsphinx with its US English model listens (offline transcription). The tests also need
# ffmpeg to make their recordings.
missing_pipeline_packages() {
    local missing=()
    command -v yt-dlp >/dev/null 2>&1 || missing+=(yt-dlp)
    command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
    command -v pocketsphinx_continuous >/dev/null 2>&1 || missing+=(pocketsphinx)
    [ -d /usr/share/pocketsphinx/model/en-us/en-us ] || missing+=(pocketsphinx-en-us)
    echo "${missing[@]}"
}
