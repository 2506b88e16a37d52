'use strict';
// The dashboard's playlist schedules (Quartz, through /api/admin/playlists): next run, pause,
// resume, fire now, delete.

const scheduleNotice = () => document.getElementById('schedule-notice');

async function loadSchedules() {
  const reply = await attempt(scheduleNotice(), () => api('GET', '/api/admin/playlists'));
  if (!reply) return;
  show(document.getElementById('schedules'), reply.playlists.length ? reply.playlists.map(scheduleRow)
    : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, 'No playlists.')));
}

function scheduleRow(playlist) {
  const id = playlist.playlist_id;
  const act = (path, method, question, success) => () => confirmed(scheduleNotice(), question,
    () => api(method, `/api/admin/playlists/${id}${path}`), success).then(loadSchedules);
  const scheduled = playlist.state !== 'NONE';
  return h('tr', { 'data-playlist': id },
    h('td', {}, playlist.url),
    h('td', {}, playlist.cron ?? 'on demand'),
    h('td', {}, h('span', { class: `badge ${playlist.state === 'PAUSED' ? 'warn' : ''}` }, playlist.state)),
    h('td', {}, when(playlist.next_fire_time)),
    h('td', { class: 'actions' },
      scheduled && playlist.state !== 'PAUSED' ? h('button', { type: 'button',
        onclick: act('/pause', 'POST', `Pause the schedule of ${playlist.url}?`, 'Schedule paused.') }, 'Pause') : null,
      scheduled && playlist.state === 'PAUSED' ? h('button', { type: 'button',
        onclick: act('/resume', 'POST', `Resume the schedule of ${playlist.url}?`, 'Schedule resumed.') }, 'Resume') : null,
      h('button', { type: 'button', onclick: act('/fire', 'POST', `Ingest ${playlist.url} now?`,
        (reply) => `Started run ${reply.execution_id}.`) }, 'Run now'),
      h('button', { type: 'button', class: 'danger', onclick: act('', 'DELETE',
        `Delete the playlist ${playlist.url} and its schedule?`, 'Playlist deleted.') }, 'Delete')));
}

document.getElementById('schedule-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const reply = await submitForm(form, scheduleNotice(), (fields) => api('POST', '/api/admin/playlists', fields));
  if (reply) {
    form.reset();
    notify(scheduleNotice(), 'ok', `Playlist ${reply.playlist.playlist_id} added.`);
    loadSchedules();
  }
});

loadSchedules();
