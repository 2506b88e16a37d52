'use strict';
// The expert's videos (GET /api/expert/videos) with links to their edit pages, and the videos
// nobody has yet, which the expert can claim.

const notice = document.getElementById('notice');

function reviewState(video) {
  const parts = [];
  if (video.published_version) parts.push(`published v${video.published_version}`);
  if (video.review_status) parts.push(video.review_status === 'in_review' ? 'in review' : 'draft');
  return parts.length ? parts.join(' · ') : 'not started';
}

async function claim(video, claimIt) {
  const path = `/api/expert/videos/${encodeURIComponent(video.id)}/${claimIt ? 'claim' : 'unclaim'}`;
  const done = await expertAttempt(notice, () => api(claimIt ? 'POST' : 'DELETE', path));
  if (done) {
    notify(notice, 'ok', claimIt ? `You now review “${video.title}”.` : `You no longer review “${video.title}”.`);
    await load();
  }
}

async function load() {
  const reply = await expertAttempt(notice, () => api('GET', '/api/expert/videos'));
  if (!reply) return;
  const mine = reply.videos.filter((v) => v.assigned_to_me);
  const free = reply.videos.filter((v) => !v.assigned_to_me && !v.claimed_by_other);
  show(document.getElementById('my-videos'), mine.length ? mine.map((video) => h('tr', { 'data-video': video.id },
    h('td', null, h('div', { class: 'video-cell' }, thumbnail(video.thumbnail), h('span', null, video.title))),
    h('td', null, String(video.questionCount)),
    h('td', null, reviewState(video)),
    h('td', { class: 'actions' },
      h('a', { class: 'button primary edit-link', href: `/expert/edit/${encodeURIComponent(video.id)}` }, 'Review questions'),
      h('button', { type: 'button', class: 'unclaim', onclick: () => claim(video, false) }, 'Give back')),
  )) : h('tr', null, h('td', { colSpan: 4, class: 'muted' }, 'No videos yet: claim one below, or ask an admin.')));
  show(document.getElementById('available-videos'), free.length ? free.map((video) => h('tr', { 'data-video': video.id },
    h('td', null, video.title),
    h('td', null, h('button', { type: 'button', class: 'claim', onclick: () => claim(video, true) }, 'Claim')),
  )) : h('tr', null, h('td', { colSpan: 2, class: 'muted' }, 'Every video has a reviewer.')));
}

load();
