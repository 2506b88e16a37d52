'use strict';
// The video beside the edit page's segment: the player (the stored video through /downloads, with
// byte ranges, and its captions from the cues), playing one segment and stopping at its end, and
// what the question writer was given for the segment: its sampled frames (each opening larger)
// and the transcript of its seconds (a line seeks the video there). Everything is text or a URL
// the server made; the routes check that the caller is the video's expert.

const player = document.getElementById('player');
const announcer = document.getElementById('announce');
/** Where "Play this segment" stops (seconds), or null while the expert plays freely. */
let stopAt = null;
/** Each segment's material once loaded, by "start-end". */
const materials = new Map();

function announce(text) {
  announcer.textContent = text;
}

function setUpPlayer(videoId) {
  const id = encodeURIComponent(videoId);
  player.src = `/downloads/${id}/source.mp4`;
  document.getElementById('captions').src = `/api/play/${id}/captions.vtt`;
  player.addEventListener('error', () => {
    const problem = document.getElementById('player-problem');
    problem.hidden = false;
    problem.textContent = 'The video cannot be played here: its file is not stored (yet).';
  });
}

/** Seeks once the player knows the video's length (setting currentTime earlier is lost). */
function seekTo(seconds) {
  if (player.readyState >= HTMLMediaElement.HAVE_METADATA) {
    player.currentTime = seconds;
  } else {
    player.addEventListener('loadedmetadata', () => { player.currentTime = seconds; }, { once: true });
  }
}

/** Checked every frame while playing a segment: timeupdate comes only four times a second. */
function watchForEnd() {
  if (stopAt === null || player.paused) return;
  if (player.currentTime >= stopAt) {
    const end = stopAt;
    stopAt = null;
    player.pause();
    announce(`Paused at the end of the segment, ${clock(end)}.`);
    return;
  }
  requestAnimationFrame(watchForEnd);
}

async function playRange(start, end) {
  stopAt = end;
  seekTo(start);
  try {
    await player.play();
    announce(`Playing the segment from ${clock(start)} to ${clock(end)}.`);
    requestAnimationFrame(watchForEnd);
  } catch (error) {
    stopAt = null;
    announce(`The video cannot play: ${error.message}`);
  }
}

function togglePlay() {
  if (player.paused) {
    player.play().then(() => announce('Playing.')).catch((error) => announce(`The video cannot play: ${error.message}`));
  } else {
    stopAt = null;
    player.pause();
    announce(`Paused at ${clock(player.currentTime)}.`);
  }
}

function openFrame(frame, number, count) {
  const dialog = document.getElementById('frame-view');
  const large = document.getElementById('frame-large');
  large.src = frame.url;
  large.alt = `Frame at ${clock(frame.second)}`;
  document.getElementById('frame-caption').textContent = `Frame ${number} of ${count}, at ${clock(frame.second)}`;
  dialog.showModal();
}

function frameStrip(frames) {
  if (!frames.length) return h('p', { class: 'muted' }, 'No frames are stored for this segment.');
  return h('ol', { class: 'frames' }, frames.map((frame, i) => h('li', null,
    h('button', {
      type: 'button', class: 'frame', 'aria-label': `Open frame ${i + 1} of ${frames.length}, at ${clock(frame.second)}`,
      onclick: () => openFrame(frame, i + 1, frames.length),
    }, h('img', { src: frame.url, alt: '', width: 96, height: 54, loading: 'lazy' })))));
}

function transcript(cues) {
  if (!cues.length) return h('p', { class: 'muted' }, 'Nothing is said in this segment.');
  return h('ol', { class: 'transcript' }, cues.map((cue) => h('li', null,
    h('button', {
      type: 'button', class: 'cue', 'data-start': String(cue.start),
      onclick: () => {
        stopAt = null;
        seekTo(cue.start);
        announce(`Video at ${clock(cue.start)}.`);
      },
    }, h('span', { class: 'time' }, clock(Math.floor(cue.start))), ' ', cue.text))));
}

/** Shows the segment's frames and transcript (loaded once per segment). */
async function showMaterial(videoId, segment) {
  const box = document.getElementById('material');
  const key = `${segment.start}-${segment.end}`;
  box.dataset.segment = key;
  let material = materials.get(key);
  if (!material) {
    show(box, h('p', { class: 'muted' }, 'Loading what the question writer was given…'));
    const query = `start=${encodeURIComponent(segment.start)}&end=${encodeURIComponent(segment.end)}`;
    material = await expertAttempt(notice, () => api('GET',
      `/api/expert/video/${encodeURIComponent(videoId)}/segment-material?${query}`));
    if (!material) return;
    materials.set(key, material);
  }
  if (box.dataset.segment !== key) return; // another segment was chosen meanwhile
  show(box,
    h('h3', null, 'Frames sampled for the question writer'), frameStrip(material.frames),
    h('h3', null, 'What is said'), transcript(material.transcript));
}

document.getElementById('frame-close').addEventListener('click', () => document.getElementById('frame-view').close());
// any pause (the player's own button, a seek by the expert) ends "Play this segment"
player.addEventListener('pause', () => { stopAt = null; });
