// The parents' page: each child's attempts, scores over time (an inline SVG chart), the questions
// the child found hard, the child's interaction mode, and the family's rights over the child's
// data (a copy, erasure). A parent's own password (never the family code the child types) or an
// expert's sign-in opens it; each sees only its own children.
'use strict';

const notice = document.getElementById('notice');
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, String(value));
  for (const child of children) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return element;
}

function screen(name) {
  document.getElementById('login').hidden = name !== 'login';
  document.getElementById('dashboard').hidden = name !== 'dashboard';
  document.getElementById('sign-out').hidden = name !== 'dashboard';
}

async function familyChildren() {
  try {
    const family = await api('GET', '/api/parents/children');
    document.getElementById('retention').textContent = `${family.retention_days} days`;
    return family.children;
  } catch (error) {
    // a child's device session (family code) is not a parent's: it signs in here like anyone else
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      screen('login');
    } else {
      notify(notice, 'error', error.message);
    }
    return null;
  }
}

async function start() {
  const children = await familyChildren();
  if (!children) return;
  screen('dashboard');
  const list = document.getElementById('children');
  show(list, children.length ? children.map((entry) => childCard(entry.child, entry.may_export_and_erase))
    : h('p', { class: 'muted' }, 'No children are set up yet.'));
}

function childCard(child, mayExportAndErase) {
  const name = [child.first_name, child.last_name].filter(Boolean).join(' ');
  const headingId = `child-${child.child_id}`;
  const body = h('div', { class: 'progress' }, h('p', { class: 'muted' }, 'Loading…'));
  const card = h('article', { class: 'panel child', 'data-child-id': child.child_id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, h('span', { class: 'picture', 'aria-hidden': 'true' }, childIcon(child.icon_key)), name),
    child.is_active ? modeForm(child) : h('p', { class: 'muted' }, `${child.first_name}'s profile is switched off.`),
    body);
  if (mayExportAndErase) card.append(dataSection(child, name, card));
  if (child.is_active) {
    fillProgress(child, body);
  } else {
    show(body);
  }
  return card;
}

/** A copy of everything kept about the child, and erasure, each confirmed on the page first. */
function dataSection(child, name, card) {
  const id = encodeURIComponent(child.child_id);
  const status = h('div', { class: 'notice' });
  const confirmArea = h('div', {});
  // asked on the page, next to the button, with the safe choice focused
  const ask = (question, action, done) => {
    show(confirmArea, h('div', { class: 'confirm', role: 'alertdialog', 'aria-label': question },
      h('p', {}, question),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        show(confirmArea);
        const reply = await attempt(status, action);
        if (reply) done(reply);
      } }, 'Yes, erase'),
      ' ',
      h('button', { type: 'button', class: 'cancel', onclick: () => show(confirmArea) }, 'Cancel')));
    confirmArea.querySelector('.cancel').focus();
  };
  return h('section', { class: 'data', 'aria-label': `${name}'s data` },
    h('h3', {}, 'Your child\'s data'),
    h('p', { class: 'muted' }, 'Download everything we keep about this child (profile, every quiz, each answer as '
      + 'it was heard, and its grade), or erase it. Erasing cannot be undone.'),
    h('p', { class: 'actions' },
      h('a', { class: 'button export-json', href: `/api/parents/children/${id}/export?format=json`, download: '' },
        'Download (JSON)'), ' ',
      h('a', { class: 'button export-csv', href: `/api/parents/children/${id}/export?format=csv`, download: '' },
        'Download (CSV, for a spreadsheet)'), ' ',
      h('button', { type: 'button', class: 'erase-history', onclick: () => ask(
        `Erase every quiz ${child.first_name} has taken, with the answers and grades? This cannot be undone.`,
        () => api('DELETE', `/api/parents/children/${id}/attempts`),
        (reply) => {
          notify(status, 'ok', `Erased ${reply.deleted_attempts} quiz${reply.deleted_attempts === 1 ? '' : 'zes'}.`);
          if (child.is_active) fillProgress(child, card.querySelector('.progress'));
        }) }, 'Erase quiz history…'), ' ',
      h('button', { type: 'button', class: 'erase-child', onclick: () => ask(
        `Erase ${name} and everything about ${child.first_name}? The profile and every quiz go for good.`,
        () => api('DELETE', `/api/parents/children/${id}`),
        () => {
          notify(notice, 'ok', `${name} has been erased.`);
          card.remove();
        }) }, 'Erase this child…')),
    confirmArea,
    status);
}

function modeForm(child) {
  const selectId = `mode-${child.child_id}`;
  const select = h('select', { id: selectId, name: 'interaction_mode' },
    Object.entries(MODES).map(([value, label]) => h('option', { value, selected: value === child.interaction_mode }, label)));
  const status = h('div', { class: 'notice' });
  const form = h('form', { class: 'mode-form' },
    h('div', {}, h('label', { for: selectId }, 'How the player asks questions'), select),
    h('button', { type: 'submit', class: 'primary' }, 'Save'),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await attempt(status, () => api('PUT',
      `/api/learners/children/${encodeURIComponent(child.child_id)}/interaction-mode`, { interaction_mode: select.value }));
    if (reply) notify(status, 'ok', `Saved: ${MODES[reply.child.interaction_mode]}`);
  });
  return form;
}

async function fillProgress(child, body) {
  const id = encodeURIComponent(child.child_id);
  const loaded = await attempt(notice, () => Promise.all([
    api('GET', `/api/get-quiz-scores/${id}`),
    api('GET', `/api/learners/children/${id}/videos`).catch(() => ({ videos: [] })),
  ]));
  if (!loaded) return;
  const [scores, library] = loaded;
  const titles = new Map(library.videos.map((video) => [video.video_id, video.title]));
  if (!scores.success) {
    show(body, h('p', { class: 'muted' }, `${child.first_name} has not watched a video yet.`));
    return;
  }
  const attempts = scores.attempts;
  const minutes = attempts.reduce((sum, a) => sum + (a.watch_minutes ?? 0), 0);
  const overall = scores.overall_percentage;
  show(body,
    h('div', { class: 'facts' },
      fact('Videos watched', attempts.length),
      fact('Correct first answers', `${overall}%`, overall >= 80 ? 'good' : overall >= 60 ? 'fair' : 'low'),
      fact('Questions answered', scores.total_questions),
      fact('Minutes watched', Math.round(minutes * 10) / 10)),
    h('figure', {}, chart(attempts), h('figcaption', {}, 'Score of each attempt, oldest first')),
    h('h3', {}, 'Questions that were hard'),
    hardQuestions(attempts),
    h('h3', {}, 'Attempts'),
    attemptsTable(attempts, titles));
}

function fact(label, value, kind) {
  return h('div', { class: `fact ${kind ?? ''}` }, h('strong', {}, String(value)), label);
}

/** Percentage per attempt as a line over time; each point has its own tooltip. */
function chart(attempts) {
  const width = 640;
  const height = 220;
  const pad = { left: 40, right: 16, top: 14, bottom: 28 };
  const x = (i) => pad.left + (attempts.length === 1 ? (width - pad.left - pad.right) / 2
    : (i * (width - pad.left - pad.right)) / (attempts.length - 1));
  const y = (percentage) => pad.top + ((100 - percentage) * (height - pad.top - pad.bottom)) / 100;
  const summary = attempts.map((a) => `${Math.round(a.percentage)}%`).join(', ');
  const drawing = svg('svg', {
    class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Scores over time: ${summary}`,
  });
  for (const level of [0, 50, 100]) {
    drawing.append(svg('line', { class: 'grid', x1: pad.left, x2: width - pad.right, y1: y(level), y2: y(level) }),
      svg('text', { x: 6, y: y(level) + 4 }, `${level}%`));
  }
  drawing.append(svg('polyline', { class: 'line', points: attempts.map((a, i) => `${x(i)},${y(a.percentage)}`).join(' ') }));
  attempts.forEach((a, i) => {
    drawing.append(svg('circle', { class: 'dot', cx: x(i), cy: y(a.percentage), r: 5 },
      svg('title', {}, `${new Date(a.timestamp).toLocaleString()}: ${Math.round(a.percentage)}%`)));
  });
  if (attempts.length) {
    drawing.append(svg('text', { x: pad.left, y: height - 8 }, new Date(attempts[0].timestamp).toLocaleDateString()),
      svg('text', { x: width - pad.right, y: height - 8, 'text-anchor': 'end' },
        new Date(attempts[attempts.length - 1].timestamp).toLocaleDateString()));
  }
  return drawing;
}

/** The questions most often missed (almost or wrong at the first try) or tried again. */
function hardQuestions(attempts) {
  const byQuestion = new Map();
  for (const a of attempts) {
    for (const d of a.details) {
      if (!d.question) continue;
      const entry = byQuestion.get(d.question) ?? { question: d.question, asked: 0, missed: 0, retries: 0, answer: null };
      if (d.status === 'retry') {
        entry.retries += 1;
      } else {
        entry.asked += 1;
        if (d.status !== 'correct') entry.missed += 1;
        entry.answer = d.expectedAnswer ?? entry.answer;
      }
      byQuestion.set(d.question, entry);
    }
  }
  const hard = [...byQuestion.values()].filter((e) => e.missed > 0 || e.retries > 0)
    .sort((a, b) => b.missed - a.missed || b.retries - a.retries).slice(0, 5);
  if (!hard.length) return h('p', { class: 'muted' }, 'None so far: every question was answered right the first time.');
  return h('ul', { class: 'hard' }, hard.map((e) => h('li', {},
    h('strong', {}, e.question), ' ',
    `missed ${e.missed} of ${e.asked} time${e.asked === 1 ? '' : 's'}`,
    e.retries ? `, tried again ${e.retries} time${e.retries === 1 ? '' : 's'}` : '',
    e.answer ? ` (answer: ${e.answer})` : '')));
}

function attemptsTable(attempts, titles) {
  return h('table', {},
    h('thead', {}, h('tr', {}, ['When', 'Video', 'Score', 'Correct', 'Retries', 'Minutes', 'Mode'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, [...attempts].reverse().map((a) => h('tr', { 'data-attempt-id': a.attempt_id },
      h('td', {}, new Date(a.timestamp).toLocaleString()),
      h('td', {}, titles.get(a.video_id) ?? a.video_id),
      h('td', {}, `${Math.round(a.percentage)}%`),
      h('td', {}, `${a.questions_correct} of ${a.questions_total}`),
      h('td', {}, String(a.total_retries)),
      h('td', {}, a.watch_minutes === null || a.watch_minutes === undefined ? '–' : String(a.watch_minutes)),
      h('td', {}, a.interaction_mode ?? '–')))));
}

document.getElementById('parent-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = document.getElementById('parent-password');
  const reply = await attempt(notice, () => api('POST', '/api/parents/login', {
    parent_id: document.getElementById('parent-id').value.trim(), password: password.value,
  }));
  if (!reply) return;
  password.value = '';
  notice.textContent = '';
  start();
});

document.getElementById('expert-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = document.getElementById('expert-password');
  const reply = await attempt(notice, () => api('POST', '/api/expert/login', {
    expert_id: document.getElementById('expert-id').value.trim(), password: password.value,
  }));
  if (!reply) return;
  password.value = '';
  notice.textContent = '';
  start();
});

document.getElementById('sign-out').addEventListener('click', async () => {
  await attempt(notice, () => api('POST', '/api/parents/logout'));
  screen('login');
});

start();
