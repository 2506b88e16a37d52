'use strict';
// Admin console, videos: the list with frame and question status, ingest by address or upload,
// and each video's experts (as the reference's "Assign Videos – Experts" tab).

const ingestNotice = () => document.getElementById('ingest-notice');

window.loadVideos = async function loadVideos() {
  const [videos, assignments] = await Promise.all([
    attempt(notice(), () => api('GET', '/api/admin/videos?include_without_frames=true')),
    attempt(notice(), () => api('GET', '/api/admin/videos/assignments')),
  ]);
  if (!videos || !assignments) return;
  const experts = assignments.experts.filter((expert) => expert.is_active);
  const assigned = new Map(assignments.assignments.map((a) => [a.video_id, a.assigned_experts]));
  show(document.getElementById('video-rows'),
    videos.videos.map((video) => videoRow(video, assigned.get(video.video_id) ?? [], experts)));
};

function yesNo(flag, yes) {
  return h('span', { class: `badge ${flag ? 'ok' : 'warn'}` }, flag ? yes : 'not yet');
}

function videoRow(video, assigned, experts) {
  const chips = assigned.map((expert) => {
    const expertId = expert.expert_id ?? expert;
    return h('span', { class: 'chip' }, expert.expert_name ?? expertId,
      h('button', { type: 'button', 'aria-label': `Remove ${expertId} from ${video.video_id}`,
        onclick: () => assign(video.video_id, expertId, 'remove') }, '×'));
  });
  const unassigned = experts.filter((e) => !assigned.some((a) => (a.expert_id ?? a) === e.expert_id));
  const pick = h('select', { 'aria-label': `Expert to assign to ${video.video_id}` },
    h('option', { value: '' }, 'Choose an expert'),
    unassigned.map((e) => h('option', { value: e.expert_id }, `${e.display_name} (${e.expert_id})`)));
  const add = h('button', { type: 'button', onclick: () => pick.value && assign(video.video_id, pick.value, 'add') },
    '+ Add');
  return h('tr', { 'data-video': video.video_id },
    h('td', {}, h('div', { class: 'video-cell' }, thumbnail(video.thumbnail),
      h('div', {}, h('strong', {}, video.title ?? video.video_id), h('br'), h('span', { class: 'muted' }, video.video_id)))),
    h('td', {}, video.duration_formatted ?? '—'),
    h('td', {}, h('span', { class: 'badge' }, video.status)),
    h('td', {}, video.has_frames ? `${video.frame_count} frames` : yesNo(false)),
    h('td', {}, yesNo(video.has_questions, 'generated')),
    h('td', {}, chips, h('div', { class: 'actions' }, pick, add)));
}

async function assign(videoId, expertId, op) {
  const done = await attempt(notice(), () => api('POST', '/api/admin/videos/assignments',
    { video_id: videoId, expert_id: expertId, op }));
  if (done) {
    notify(notice(), 'ok', op === 'add' ? `Assigned ${videoId} to ${expertId}.` : `Removed ${expertId} from ${videoId}.`);
    await window.loadVideos();
  }
}

function started(reply) {
  const link = h('a', { href: `/ops/jobs?execution=${reply.execution_id}` }, `run ${reply.execution_id}`);
  ingestNotice().replaceChildren('Ingest started: follow ', link, ' on the job dashboard.');
  ingestNotice().className = 'notice notice-ok';
  ingestNotice().setAttribute('role', 'status');
}

document.getElementById('ingest-url').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = formFields(event.target);
  const reply = await attempt(ingestNotice(), () => api('POST', '/api/admin/jobs',
    { type: 'ingestVideo', url: fields.url ?? '', interval_seconds: fields.interval_seconds }));
  if (reply) started(reply);
});

document.getElementById('ingest-upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('upload-file').files[0];
  if (!file) {
    notify(ingestNotice(), 'error', 'Choose a video file first.');
    return;
  }
  const form = new FormData();
  form.append('file', file);
  const title = document.getElementById('upload-title').value.trim();
  if (title) form.append('title', title);
  notify(ingestNotice(), 'info', `Uploading ${file.name}…`);
  form.append('interval_seconds', document.getElementById('ingest-interval').value);
  // the upload starts its ingest itself and answers with the run
  const reply = await attempt(ingestNotice(), () => api('POST', '/api/admin/videos/upload', form));
  if (reply) {
    started(reply);
    await window.loadVideos();
  }
});
