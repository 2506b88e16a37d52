// The children's way in: the family code, "who's watching?", a companion, then the child's videos.
'use strict';

const SCREENS = ['login', 'profiles', 'companions', 'videos'];
const notice = document.getElementById('notice');

function screen(name) {
  for (const id of SCREENS) document.getElementById(id).hidden = id !== name;
  document.getElementById('leave').hidden = name === 'login';
  notice.textContent = '';
  const heading = document.querySelector(`#${name} h2`);
  heading.tabIndex = -1;
  heading.focus();
}

async function start() {
  const children = await sessionChildren(notice, () => screen('login'));
  if (!children) return;
  const state = playerState();
  const chosen = state && children.find((c) => c.child_id === state.child?.child_id);
  if (chosen && state.companion) {
    showVideos(chosen, state.companion);
  } else {
    showProfiles(children);
  }
}

function showProfiles(children) {
  const list = document.getElementById('profile-list');
  show(list, children.map((child) => h('button', {
    type: 'button', class: 'tile', 'data-child-id': child.child_id, onclick: () => showCompanions(child),
  }, h('span', { class: 'tile-picture', 'aria-hidden': 'true' }, childIcon(child.icon_key)),
  h('span', { class: 'tile-name' }, child.first_name))));
  screen('profiles');
  if (!children.length) notify(notice, 'info', 'No children are set up for this family yet. Ask a grown-up.');
}

function showCompanions(child) {
  show(document.getElementById('companions-title'), `Hi ${child.first_name}! Choose your buddy`);
  show(document.getElementById('companion-list'), Object.entries(COMPANIONS).map(([key, companion]) => h('button', {
    type: 'button', class: 'tile', 'data-companion': key, onclick: () => showVideos(child, key),
  }, h('span', { class: 'tile-picture', 'aria-hidden': 'true' }, companion.emoji),
  h('span', { class: 'tile-name' }, companion.name))));
  screen('companions');
}

async function showVideos(child, companion) {
  savePlayerState({ child, companion });
  show(document.getElementById('videos-title'), `${COMPANIONS[companion].emoji} ${child.first_name}'s videos`);
  const list = document.getElementById('video-list');
  show(list);
  screen('videos');
  const reply = await attempt(notice, () => api('GET', `/api/learners/children/${encodeURIComponent(child.child_id)}/videos`));
  if (!reply) return;
  show(list, reply.videos.map((video) => h('a', {
    class: 'tile video', href: `/play/watch/${encodeURIComponent(video.video_id)}`, 'data-video-id': video.video_id,
  }, video.thumbnail
    ? h('img', { src: video.thumbnail, alt: '' })
    : h('span', { class: 'tile-picture', 'aria-hidden': 'true' }, '🎬'),
  h('span', { class: 'tile-name' }, video.title),
  h('span', { class: 'badge' }, video.duration))));
  if (!reply.videos.length) notify(notice, 'info', reply.message ?? 'No videos yet. Ask a grown-up to add some!');
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const code = document.getElementById('code').value.trim();
  const reply = await attempt(notice, () => api('POST', '/api/learners/parents/login', { access_code: code }));
  if (!reply) return;
  document.getElementById('code').value = '';
  savePlayerState(null);
  showProfiles(reply.children);
});

document.getElementById('leave').addEventListener('click', async () => {
  await attempt(notice, () => api('POST', '/api/expert/logout'));
  savePlayerState(null);
  screen('login');
});

for (const back of document.querySelectorAll('button[data-go]')) {
  back.addEventListener('click', () => {
    const state = playerState();
    if (back.dataset.go === 'companions' && state?.child) {
      showCompanions(state.child);
      return;
    }
    savePlayerState(null);
    start();
  });
}

start();
