'use strict';
// The operator dashboard: runs with live progress (Server-Sent Events from /api/ops/events), one
// run in detail, and the actions of the admin API (/api/admin/jobs), each confirmed first.

const PAGE_SIZE = 20;
const RUNNING = ['QUEUED', 'STARTING', 'STARTED', 'STOPPING'];
const view = { page: 1, total: 0, status: '', videoId: '', detail: null };
const $ = (id) => document.getElementById(id);
const notice = () => $('notice');

function duration(seconds) {
  return seconds === null || seconds === undefined ? '—' : clock(seconds);
}

function meter(label, done, total) {
  const known = total !== null && total !== undefined;
  return h('div', { class: 'meter' }, h('span', {}, label),
    h('progress', { max: known ? Math.max(total, 1) : undefined, value: known ? done : undefined,
      'aria-label': `${label} ${done} of ${known ? total : 'unknown'}` }),
    h('span', { class: 'count' }, known ? `${done} / ${total}` : `${done}`));
}

function progressCell(progress) {
  if (!progress) return '—';
  return [meter('frames', progress.frames_done, progress.frames_total),
    meter('segments', progress.segments_done, progress.segments_total),
    progress.segments_failed ? h('span', { class: 'badge bad' }, `${progress.segments_failed} failed`) : null];
}

/**
 * A run's status; a queued run says where it stands in the queue, and a run that completed with
 * segments that got no questions is amber, not green.
 */
function statusBadge(run, id) {
  if (run.exit_code === 'COMPLETED_WITH_FAILED_SEGMENTS') {
    const failed = run.progress?.segments_failed;
    return h('span', { id, class: 'badge status warn', title: run.exit_message ?? '' },
      failed ? `COMPLETED · ${failed} segments failed` : 'COMPLETED · segments failed');
  }
  const text = run.status === 'QUEUED' && run.queue_position ? `QUEUED #${run.queue_position}` : run.status;
  return h('span', { id, class: `badge status ${run.status}` }, text);
}

function runRow(run) {
  return h('tr', { 'data-execution': run.execution_id, class: view.detail === run.execution_id ? 'selected' : '' },
    h('td', {}, String(run.execution_id)),
    h('td', {}, run.job),
    h('td', {}, run.video_id ?? run.playlist_url ?? '—'),
    h('td', {}, statusBadge(run)),
    h('td', {}, when(run.start_time)),
    h('td', {}, duration(run.duration_seconds)),
    h('td', { class: 'progress' }, progressCell(run.progress)),
    h('td', {}, h('button', { type: 'button', class: 'open', onclick: () => openDetail(run.execution_id) }, 'Details')));
}

async function loadRuns() {
  const query = new URLSearchParams({ page: view.page, size: PAGE_SIZE });
  if (view.status) query.set('status', view.status);
  if (view.videoId) query.set('video_id', view.videoId);
  const reply = await attempt(notice(), () => api('GET', `/api/ops/executions?${query}`));
  if (!reply) return;
  view.total = reply.total;
  show($('runs'), reply.executions.length ? reply.executions.map(runRow)
    : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, 'No runs.')));
  const pages = Math.max(1, Math.ceil(reply.total / PAGE_SIZE));
  $('page-info').textContent = `Page ${view.page} of ${pages} · ${reply.total} runs`;
  $('previous').disabled = view.page <= 1;
  $('next').disabled = view.page >= pages;
}

/** A run changed: redraw its row when it is shown, or the first page when a new run may belong there. */
let reloadSoon = null;
function changed(run) {
  const row = document.querySelector(`#runs tr[data-execution="${run.execution_id}"]`);
  const fits = (!view.status || view.status === run.status) && (!view.videoId || view.videoId === run.video_id);
  if (row && fits) {
    row.replaceWith(runRow(run));
  } else if (row || (view.page === 1 && fits)) {
    clearTimeout(reloadSoon);
    reloadSoon = setTimeout(loadRuns, 300);
  }
  if (view.detail === run.execution_id) loadDetail();
}

// --- one run -----------------------------------------------------------------------------------

function facts(element, entries) {
  show(element, entries.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value ?? '—')]));
}

function contextBlock(context) {
  const entries = Object.entries(context ?? {});
  if (!entries.length) return null;
  const list = h('dl', { class: 'facts' });
  facts(list, entries.map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]));
  return h('details', {}, h('summary', {}, 'Execution context'), list);
}

function errorBlock(item) {
  if (!item.stack_trace && !item.root_cause) return null;
  return h('details', { class: 'error' },
    h('summary', {}, h('span', { class: 'badge bad' }, 'error'), ' ', item.error ?? '',
      item.root_cause ? h('div', { class: 'root-cause' }, `Cause: ${item.root_cause}`) : null),
    h('pre', { class: 'trace' }, item.stack_trace ?? ''));
}

function stepRow(step) {
  return h('tr', { 'data-step': step.name },
    h('td', {}, step.name), h('td', {}, h('span', { class: `badge status ${step.status}` }, step.status)),
    h('td', {}, String(step.read_count)), h('td', {}, String(step.write_count)), h('td', {}, String(step.skip_count)),
    h('td', {}, String(step.commit_count)), h('td', {}, String(step.rollback_count)),
    h('td', {}, duration(step.duration_seconds)),
    h('td', {}, step.stack_trace ? null : h('div', { class: 'muted' }, step.exit_message || ''), errorBlock(step),
      contextBlock(step.execution_context)));
}

function segmentRow(segment) {
  const failed = segment.status === 'failed';
  return h('tr', { 'data-start': segment.start },
    h('td', {}, `${clock(segment.start)}–${clock(segment.end)}`),
    h('td', {}, h('span', { class: `badge ${failed ? 'bad' : segment.status === 'generated' ? 'ok' : ''}` }, segment.status)),
    h('td', { class: 'reason' }, segment.error_reason ?? ''),
    h('td', { class: 'detail' }, segment.error_detail ?? segment.best_question ?? ''),
    h('td', {}, String(segment.attempts)),
    h('td', {}, String(segment.question_count)),
    h('td', {}, segment.partition_status ?? '—'));
}

async function loadDetail() {
  const id = view.detail;
  if (id === null) return;
  const run = await attempt($('detail-notice'), () => api('GET', `/api/ops/executions/${id}`));
  if (!run || view.detail !== id) return;
  $('detail').hidden = false;
  $('detail-title').textContent = `Run ${run.execution_id} · ${run.job}`;
  facts($('detail-facts'), [
    ['Status', statusBadge(run, 'detail-status')],
    ['Exit code', run.exit_code], ['Video', run.video_id], ['Playlist', run.playlist_url],
    ['Started', when(run.start_time)], ['Ended', when(run.end_time)], ['Duration', duration(run.duration_seconds)],
    ['Instance', run.owner ?? '—']]);
  show($('detail-progress'), progressCell(run.progress));
  showPlaylist(run.playlist);
  show($('detail-error'), errorBlock(run), contextBlock(run.execution_context));
  facts($('detail-parameters'), Object.entries(run.parameters).map(([name, value]) => [name, String(value)]));
  show($('steps'), run.steps.map(stepRow));
  $('segments-block').hidden = !run.segments;
  show($('segments'), (run.segments ?? []).map(segmentRow));
  const running = RUNNING.includes(run.status);
  $('action-stop').disabled = !running;
  $('action-stop').textContent = run.status === 'QUEUED' ? 'Cancel' : 'Stop';
  // a stopped run saves its status a moment before it has ended; only an ended run can be restarted
  const ended = ['FAILED', 'STOPPED'].includes(run.status) && run.end_time;
  $('action-restart').disabled = !ended;
  $('action-abandon').disabled = !ended;
  for (const row of document.querySelectorAll('#runs tr')) {
    row.classList.toggle('selected', row.dataset.execution === String(id));
  }
}

/** A playlist run's videos, how far they have come and the pace: one thing to watch. */
function showPlaylist(playlist) {
  $('playlist-block').hidden = !playlist;
  if (!playlist) return;
  const pace = playlist.videos_per_hour ? `${playlist.videos_per_hour.toFixed(1)} videos an hour` : 'no pace yet';
  const finish = playlist.estimated_finish ? `, done about ${when(playlist.estimated_finish)}` : '';
  // a run that started no video (the playlist could not be read, or had nothing new) has no share done to show
  $('playlist-summary').textContent = playlist.total === 0 ? 'No videos started by this run.'
    : `${playlist.total} videos: ${playlist.queued} queued, ${playlist.running} running, `
    + `${playlist.completed} done (${playlist.completed_with_failed_segments} with failed segments), `
    + `${playlist.failed} failed · ${Math.round(playlist.progress * 100)}% · ${pace}${finish}`;
  $('action-retry-failed').disabled = playlist.failed === 0;
  show($('playlist-videos'), playlist.videos.length ? playlist.videos.map((video) => h('tr', {},
    h('td', {}, video.video_id), h('td', {}, String(video.execution_id)),
    h('td', {}, statusBadge(video)), h('td', {}, when(video.start_time)), h('td', {}, when(video.end_time)),
    h('td', {}, h('button', { type: 'button', class: 'open', onclick: () => openDetail(video.execution_id) }, 'Details'))))
    : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'This run started no videos.')));
}

function openDetail(id) {
  view.detail = Number(id);
  history.replaceState(null, '', `/ops/jobs?execution=${id}`);
  $('detail-notice').textContent = '';
  $('detail-notice').className = 'notice';
  loadDetail().then(() => $('detail').scrollIntoView({ block: 'start' }));
}

function runAction(action, question, success) {
  const id = view.detail;
  return confirmed($('detail-notice'), question, () => api('POST', `/api/admin/jobs/${id}/${action}`), success)
    .then((reply) => {
      if (reply && action === 'restart') {
        openDetail(reply.execution_id);
        notify($('detail-notice'), 'ok', `Run ${id} restarted as run ${reply.execution_id}.`);
      } else {
        loadDetail();
      }
      loadRuns();
    });
}

$('action-stop').addEventListener('click', () => ($('action-stop').textContent === 'Cancel'
  ? runAction('stop', `Take run ${view.detail} out of the queue? It can be restarted later.`, `Run ${view.detail} cancelled.`)
  : runAction('stop', `Stop run ${view.detail}? It stops at its next chunk or step and can be restarted.`,
    `Run ${view.detail} is stopping.`)));
$('action-restart').addEventListener('click', () => runAction('restart',
  `Restart run ${view.detail} where it stopped?`, (reply) => `Restarted as run ${reply.execution_id}.`));
$('action-abandon').addEventListener('click', () => runAction('abandon',
  `Abandon run ${view.detail} for good? It can never be restarted.`, `Run ${view.detail} abandoned.`));
$('action-retry-failed').addEventListener('click', () => confirmed($('detail-notice'),
  `Restart the failed videos of playlist run ${view.detail}? Only those run again.`,
  () => api('POST', `/api/admin/jobs/${view.detail}/retry-failed`),
  (reply) => `${reply.restarted.length} videos restarted.`).then(() => { loadDetail(); loadRuns(); }));
$('detail-close').addEventListener('click', () => {
  view.detail = null;
  $('detail').hidden = true;
  history.replaceState(null, '', '/ops/jobs');
});

// --- starting and recovering -------------------------------------------------------------------

$('start-kind').addEventListener('change', () => {
  const upload = $('start-kind').value === 'upload';
  $('start-url-field').hidden = upload;
  $('start-file-field').hidden = !upload;
});

$('start').addEventListener('submit', async (event) => {
  event.preventDefault();
  const kind = $('start-kind').value;
  const interval = $('start-interval').value;
  const file = $('start-file').files[0];
  const what = kind === 'upload' ? (file ? `the file ${file.name}` : null) : $('start-url').value.trim();
  if (!what) {
    notify(notice(), 'error', kind === 'upload' ? 'Choose a video file first.' : 'Enter an address first.');
    return;
  }
  const reply = await confirmed(notice(), `Start ingesting ${what}?`, async () => {
    if (kind !== 'upload') return api('POST', '/api/admin/jobs', { type: kind, url: what, interval_seconds: interval });
    const form = new FormData();
    form.append('file', file);
    form.append('interval_seconds', interval);
    return api('POST', '/api/admin/videos/upload', form);
  }, (started) => `Started run ${started.execution_id}${started.video_id ? ` for ${started.video_id}` : ''}.`);
  if (reply) {
    await loadRuns();
    openDetail(reply.execution_id);
  }
});

$('recover').addEventListener('click', async () => {
  await confirmed(notice(), 'Mark runs left running by a stopped process as failed, so they can be restarted? '
    + 'Only do this when no other pipeline process is running them.',
  () => api('POST', '/api/admin/jobs/recover'),
  (reply) => (reply.recovered.length ? `Recovered runs ${reply.recovered.join(', ')}.` : 'No interrupted runs.'));
  loadRuns();
});

$('purge').addEventListener('click', async () => {
  const reply = await confirmed(notice(), 'Delete the quiz attempts older than the retention period, and expired '
    + 'sign-in records, now? (This also runs every night.)',
  () => api('POST', '/api/admin/jobs', { type: 'purgeExpiredData' }),
  (started) => `Started purge run ${started.execution_id}.`);
  if (reply) {
    await loadRuns();
    openDetail(reply.execution_id);
  }
});

// --- list controls and live updates ------------------------------------------------------------

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  view.status = $('filter-status').value;
  view.videoId = $('filter-video').value.trim();
  view.page = 1;
  loadRuns();
});
$('previous').addEventListener('click', () => { view.page -= 1; loadRuns(); });
$('next').addEventListener('click', () => { view.page += 1; loadRuns(); });

function listen() {
  const events = new EventSource('/api/ops/events');
  const live = $('live');
  events.addEventListener('ready', () => {
    live.textContent = 'live';
    live.className = 'badge ok';
    // whatever changed while the stream was down
    loadRuns();
    loadDetail();
  });
  events.addEventListener('execution', (event) => changed(JSON.parse(event.data)));
  events.addEventListener('error', () => {
    live.textContent = 'reconnecting…';
    live.className = 'badge warn';
  });
}

loadRuns();
if (queryParameter('execution')) openDetail(queryParameter('execution'));
listen();
