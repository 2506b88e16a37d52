'use strict';
// The expert edit page of one video (GET /expert/edit/{video_id}): one segment at a time beside
// the video (watch-segment.js), chosen from a list that shows each segment's state; per segment the
// AI questions with rank, trash/keep and inline edit and what children did with them once
// published; the expert's own question; each companion's wording with its winner; reviewed, skip
// and comment. Save draft and Publish send every segment's fields with the revision the page was
// loaded at: when someone else saved meanwhile the server answers 409 and nothing is overwritten.
// Everything from videos, models and people is shown as text (h(), .value).

const videoId = decodeURIComponent(window.location.pathname.split('/').pop());
const base = `/api/expert/video/${encodeURIComponent(videoId)}`;
const notice = document.getElementById('notice');
const TYPES = ['character', 'setting', 'feeling', 'action', 'causal', 'outcome', 'prediction'];
const COMPANIONS = [['bunny', 'Bunny'], ['pig', 'Pig'], ['alligator', 'Alligator']];

/** The set the page shows, as the server sent it. */
let current = null;
/** Whether the page shows the working set (editable) rather than an earlier version. */
let editable = false;
/** The position (in current.segments) of the segment shown. */
let chosen = 0;
/** Each segment's fields as last loaded or saved, by segmentIndex: a difference is "changed". */
const savedEdits = new Map();
/** The segments (by segmentIndex) whose companions' wording the expert opened: kept open across saves. */
const openCompanions = new Set();
/** What children did with the published questions ({questions: [...]}), or null. */
let answerStats = null;

const label = (type) => type.charAt(0).toUpperCase() + type.slice(1);

function stamp(item) {
  return item && item.updated_by ? `changed by ${item.updated_by}${item.updated_at ? ` at ${item.updated_at}` : ''}` : '';
}

function field(tag, id, text, attrs, labelClass) {
  return [h('label', { for: id, class: labelClass }, text), h(tag, { id, ...attrs })];
}

function aiQuestion(segment, question) {
  const id = `s${segment.segmentIndex}-q${question.id}`;
  const item = h('li', {
    class: `ai-question${question.trashed ? ' trashed' : ''}`, 'data-id': question.id, 'data-type': question.type,
    'data-trashed': String(question.trashed),
  });
  const rank = h('select', { id: `${id}-rank`, class: 'rank', disabled: !editable },
    h('option', { value: '0' }, '—'), [1, 2, 3, 4, 5, 6, 7].map((n) => h('option', { value: String(n) }, String(n))));
  rank.value = String(question.expert_ranking > 0 ? question.expert_ranking : 0);
  const trash = h('button', {
    type: 'button', class: 'trash', disabled: !editable, 'aria-pressed': String(question.trashed),
    onclick: () => {
      const trashed = item.dataset.trashed !== 'true';
      item.dataset.trashed = String(trashed);
      item.classList.toggle('trashed', trashed);
      trash.textContent = trashed ? 'Keep' : 'Trash';
      trash.setAttribute('aria-pressed', String(trashed));
    },
  }, question.trashed ? 'Keep' : 'Trash');
  const regenerate = h('button', {
    type: 'button', class: 'regenerate', disabled: !editable, onclick: () => regenerateQuestion(segment, question, item),
  }, 'New AI wording');
  // show() skips the absent parts (the DOM's own append would print "null")
  show(item,
    h('div', { class: 'row' },
      h('span', { class: 'badge' }, label(question.type)),
      h('span', { class: 'muted' }, question.llm_ranking ? `AI rank ${question.llm_ranking}` : 'AI rank —'),
      h('label', { for: rank.id }, 'Your rank'), rank,
      h('span', { class: 'spacer' }), regenerate, trash),
    // the list's column headings say "Question" and "Answer" once; each field keeps its label for screen readers
    h('div', { class: 'qa' },
      h('div', null, ...field('textarea', `${id}-question`, `${label(question.type)} question`, { class: 'question', value: question.question, maxLength: 2000, readOnly: !editable, rows: 1 }, 'visually-hidden')),
      h('div', null, ...field('input', `${id}-answer`, `Answer to the ${question.type} question`, { class: 'answer', value: question.answer, maxLength: 2000, readOnly: !editable }, 'visually-hidden'))),
    answersLine(segment, question, false),
    question.modified && question.originalQuestion
      ? h('p', { class: 'muted stamp' }, `The AI wrote: ${question.originalQuestion} (${question.originalAnswer ?? ''})`) : null,
    stamp(question) ? h('p', { class: 'muted stamp' }, stamp(question)) : null,
  );
  return item;
}

function ownQuestion(segment) {
  const id = `s${segment.segmentIndex}-own`;
  const own = segment.expertQuestion;
  const type = h('select', { id: `${id}-type`, class: 'own-type', disabled: !editable },
    TYPES.map((t) => h('option', { value: t }, label(t))));
  type.value = own ? own.type : 'character';
  return h('div', { class: 'own' },
    h('div', null, h('label', { for: type.id }, 'Type'), type),
    h('div', null, ...field('textarea', `${id}-question`, 'Question', { class: 'own-question', value: own ? own.question : '', maxLength: 2000, readOnly: !editable, rows: 1 })),
    h('div', null, ...field('input', `${id}-answer`, 'Answer', { class: 'own-answer', value: own ? own.answer : '', maxLength: 2000, readOnly: !editable })),
    own ? answersLine(segment, own, true) : null,
    own && stamp(own) ? h('p', { class: 'muted stamp wide' }, stamp(own)) : null);
}

function companion(segment, key, name) {
  const lines = segment.persona_variants[key] ?? {};
  const winner = segment.persona_winners[key] ?? '';
  const group = `s${segment.segmentIndex}-${key}`;
  const choice = (value, text, extra) => {
    const id = `${group}-${value || 'none'}`;
    return h('div', { class: 'line', 'data-type': value },
      h('input', { type: 'radio', id, name: `${group}-winner`, value, checked: winner === value, disabled: !editable }),
      h('label', { for: id }, text), extra);
  };
  const types = Object.keys(lines);
  return h('fieldset', { class: 'companion', 'data-companion': key },
    h('legend', null, name),
    types.length ? null : h('p', { class: 'muted' }, 'No wording yet.'),
    types.map((type) => choice(type, label(type), h('textarea', {
      class: 'line-question', 'data-type': type, 'aria-label': `${name}: ${label(type)} question`,
      value: lines[type].q, maxLength: 2000, readOnly: !editable,
    }))),
    choice('', 'No winner: ask the best-ranked question'));
}

/** What children did with a published question: "1 answered · 100% correct …", or nothing yet. */
function answersLine(segment, question, own) {
  const stats = statsOf(segment, question, own);
  if (!stats || !stats.answers) return null;
  const more = stats.answers !== stats.children ? ` (${stats.answers} answers)` : '';
  const wrong = stats.common_wrong_answers.map((w) => `“${w.answer}”${w.count > 1 ? ` ×${w.count}` : ''}`);
  return h('p', { class: 'answers' },
    h('strong', null, `${stats.children} answered${more}`),
    ` · ${stats.correct}% correct · ${stats.almost}% almost · ${stats.wrong}% wrong`,
    wrong.length ? ` · Most common wrong answers: ${wrong.join(', ')}` : '');
}

/**
 * The statistics of the published question shown: by question_id on a published version; on the
 * working copy (whose questions are copies with new ids) the published question of the same
 * segment, type and author, or of the same text when that is not one.
 */
function statsOf(segment, question, own) {
  if (!answerStats) return null;
  const byId = answerStats.questions.find((s) => s.question_id === question.id);
  if (byId) return byId;
  const alike = answerStats.questions.filter((s) => s.segmentIndex === segment.segmentIndex
    && s.question_type === question.type && s.own === own);
  return alike.length === 1 ? alike[0] : alike.find((s) => s.question === question.question) ?? null;
}

function segmentSection(segment, number) {
  const id = `s${segment.segmentIndex}`;
  const skip = h('input', { type: 'checkbox', id: `${id}-skip`, class: 'skip', checked: segment.skipped, disabled: !editable });
  const reviewed = h('input', { type: 'checkbox', id: `${id}-reviewed`, class: 'reviewed', checked: segment.reviewed === true, disabled: !editable });
  const worded = COMPANIONS.filter(([key]) => Object.keys(segment.persona_variants[key] ?? {}).length).length;
  const section = h('section', {
    class: `segment panel${segment.skipped ? ' skipped' : ''}`, 'data-index': segment.segmentIndex,
    'aria-labelledby': `${id}-heading`,
  },
    h('h2', { id: `${id}-heading`, tabIndex: -1 }, `Segment ${number} of ${current.segments.length} · ${clock(segment.start)}–${clock(segment.end)}`),
    h('div', { class: 'row' }, h('span', { class: 'check' }, reviewed, h('label', { for: reviewed.id }, 'I have reviewed it')),
      h('span', { class: 'check' }, skip, h('label', { for: skip.id }, 'Skip it (no question here)'))),
    h('div', { class: 'row skip-why' }, ...field('input', `${id}-reason`, 'Why skipped', { class: 'skip-reason', value: segment.skip_reason ?? '', maxLength: 500, readOnly: !editable })),
    h('h3', null, 'AI questions'),
    segment.aiQuestions.length ? [
      h('div', { class: 'qa headings', 'aria-hidden': 'true' }, h('span', null, 'Question'), h('span', null, 'Answer')),
      h('ol', { class: 'ai-questions' }, segment.aiQuestions.map((q) => aiQuestion(segment, q)))]
      : h('p', { class: 'muted' }, 'The AI wrote no questions for this segment.'),
    h('h3', null, 'Your own question'), ownQuestion(segment),
    h('details', {
      class: 'companions-box', open: openCompanions.has(segment.segmentIndex),
      ontoggle: (event) => {
        if (event.target.open) openCompanions.add(segment.segmentIndex); else openCompanions.delete(segment.segmentIndex);
      },
    },
      h('summary', null, `Companions' wording (${worded} of ${COMPANIONS.length} worded)`),
      h('div', { class: 'companions' }, COMPANIONS.map(([key, name]) => companion(segment, key, name))),
      editable ? h('p', null, h('button', { type: 'button', class: 'generate', onclick: () => generateWording(segment) },
        'Write companion wording from the kept questions')) : null),
    ...field('textarea', `${id}-comment`, 'Comment', { class: 'comment', value: segment.comment ?? '', maxLength: 2000, readOnly: !editable, rows: 1 }),
    stamp(segment) ? h('p', { class: 'muted stamp' }, `Segment ${stamp(segment)}`) : null);
  skip.addEventListener('change', () => section.classList.toggle('skipped', skip.checked));
  return section;
}

const STATES = { changed: 'Changed', skipped: 'Skipped', reviewed: 'Reviewed', open: 'Not reviewed' };

function stateOf(segment) {
  const section = sectionOf(segment);
  if (editable && JSON.stringify(segmentEdit(segment)) !== savedEdits.get(segment.segmentIndex)) return 'changed';
  if (section.querySelector('.skip').checked) return 'skipped';
  return section.querySelector('.reviewed').checked ? 'reviewed' : 'open';
}

/** The list's states and the "3 of 10 reviewed" count (a skipped segment was reviewed too). */
function showStates() {
  let done = 0;
  current.segments.forEach((segment, i) => {
    const state = stateOf(segment);
    const section = sectionOf(segment);
    if (section.querySelector('.reviewed').checked || section.querySelector('.skip').checked) done += 1;
    const badge = document.querySelector(`#segment-list li[data-position="${i}"] .state`);
    badge.className = `state badge ${state}`;
    badge.textContent = STATES[state];
  });
  document.getElementById('progress').textContent = `· ${done} of ${current.segments.length} reviewed`;
}

function segmentList() {
  return current.segments.map((segment, i) => h('li', { 'data-position': i },
    h('button', { type: 'button', class: 'segment-choice', onclick: () => choose(i, true) },
      h('span', { class: 'number' }, h('span', { class: 'visually-hidden' }, 'Segment '), String(i + 1)), ' ',
      h('span', { class: 'times' }, `${clock(segment.start)}–${clock(segment.end)}`), ' ',
      h('span', { class: 'state badge' }))));
}

/** Shows one segment: the list marks it, the video goes to its start, its material loads. */
function choose(position, focusHeading) {
  if (!current.segments.length) return;
  chosen = Math.max(0, Math.min(position, current.segments.length - 1));
  const segment = current.segments[chosen];
  current.segments.forEach((s, i) => { sectionOf(s).hidden = i !== chosen; });
  document.querySelectorAll('#segment-list button.segment-choice').forEach((button, i) => {
    if (i === chosen) button.setAttribute('aria-current', 'true'); else button.removeAttribute('aria-current');
  });
  document.getElementById('previous-segment').disabled = chosen === 0;
  document.getElementById('next-segment').disabled = chosen === current.segments.length - 1;
  seekTo(segment.start);
  showMaterial(videoId, segment);
  if (focusHeading) sectionOf(segment).querySelector('h2').focus();
  announce(`Segment ${chosen + 1} of ${current.segments.length}, ${clock(segment.start)} to ${clock(segment.end)}: `
    + `${STATES[stateOf(segment)].toLowerCase()}.`);
}

function sectionOf(segment) {
  return document.querySelector(`section.segment[data-index="${segment.segmentIndex}"]`);
}

function render() {
  const state = current.status === 'in_review' ? 'in review' : current.status;
  const saved = current.updated_by ? ` · last saved by ${current.updated_by} at ${current.updated_at}` : '';
  document.getElementById('set-status').textContent = editable
    ? `Working on version ${current.version} (${state}), revision ${current.revision}${saved}`
    : `Version ${current.version} (${state}${current.published_at ? `, published ${current.published_at} by ${current.published_by}` : ''}) — read only`;
  const unpublished = document.getElementById('unpublished');
  const live = current.versions.filter((v) => v.status === 'published').map((v) => v.version).pop();
  unpublished.hidden = !editable || !current.unpublished_changes;
  unpublished.textContent = live
    ? `Changes not yet published: children still get version ${live}.`
    : 'Changes not yet published: children get no questions for this video yet.';
  const choice = document.getElementById('version-choice');
  show(choice, h('option', { value: '' }, 'The working copy'),
    current.versions.filter((v) => v.status === 'published').map((v) => h('option', { value: String(v.version) },
      `Published version ${v.version}`)));
  choice.value = editable ? '' : String(current.version);
  document.getElementById('actions').hidden = !editable;
  show(document.getElementById('segments'), current.segments.length
    ? current.segments.map((segment, i) => segmentSection(segment, i + 1))
    : h('p', { class: 'panel muted' }, 'This video has no segments yet: its questions have not been generated.'));
  show(document.getElementById('segment-list'), segmentList());
  savedEdits.clear();
  current.segments.forEach((segment) => savedEdits.set(segment.segmentIndex, JSON.stringify(segmentEdit(segment))));
  if (!current.segments.length) return;
  showStates();
  choose(Math.min(chosen, current.segments.length - 1), false);
}

/** The answers to the version shown, or to the newest published one for the working copy. */
async function loadStats(version) {
  const query = version ? `?version=${encodeURIComponent(version)}` : '';
  answerStats = await api('GET', `${base}/answer-stats${query}`).catch(() => null);
}

async function load(version) {
  const path = `${base}/final-questions${version ? `?version=${encodeURIComponent(version)}` : ''}`;
  const set = await expertAttempt(notice, () => api('GET', path));
  if (!set) return false;
  current = set;
  editable = !version;
  await loadStats(version);
  render();
  return true;
}

/** A segment's fields as the page shows them (the server keeps what does not change). */
function segmentEdit(segment) {
  const section = sectionOf(segment);
  const value = (css) => section.querySelector(css).value;
  const aiQuestions = segment.aiQuestions.map((q) => {
    const item = section.querySelector(`.ai-question[data-id="${q.id}"]`);
    const edit = {
      id: q.id, question: item.querySelector('.question').value, answer: item.querySelector('.answer').value,
      trashed: item.dataset.trashed === 'true',
    };
    // an unranked question stays unranked (sending 0 would record a change nobody made)
    const rank = Number(item.querySelector('.rank').value);
    if (rank !== (q.expert_ranking ?? 0)) edit.expert_ranking = rank;
    return edit;
  });
  const edit = {
    segmentIndex: segment.segmentIndex, skipped: section.querySelector('.skip').checked,
    skip_reason: value('.skip-reason'), comment: value('.comment'), aiQuestions,
    persona_variants: {}, persona_winners: {},
  };
  // "reviewed" is the page's own field, which the server keeps as sent (sent once set, never before)
  const reviewed = section.querySelector('.reviewed').checked;
  if (reviewed || segment.reviewed !== undefined) edit.reviewed = reviewed;
  const ownText = value('.own-question').trim();
  const ownAnswer = value('.own-answer').trim();
  if (ownText || ownAnswer) {
    edit.expertQuestion = { type: value('.own-type'), question: ownText, answer: ownAnswer };
  } else if (segment.expertQuestion) {
    edit.expertQuestion = null;
  }
  for (const [key] of COMPANIONS) {
    const box = section.querySelector(`.companion[data-companion="${key}"]`);
    const lines = {};
    box.querySelectorAll('textarea.line-question').forEach((text) => {
      lines[text.dataset.type] = { q: text.value, a: segment.persona_variants[key][text.dataset.type].a };
    });
    if (Object.keys(lines).length) edit.persona_variants[key] = lines;
    const picked = box.querySelector('input[type=radio]:checked');
    edit.persona_winners[key] = picked && picked.value ? picked.value : null;
  }
  return edit;
}

/** Saves the page; on a conflict nothing is overwritten and the expert is offered the newer copy. */
async function save(publish) {
  try {
    const reply = await api('POST', `${base}/update-questions`, {
      revision: current.revision, segments: current.segments.map(segmentEdit), publish,
    });
    current = { ...reply, versions: current.versions };
    return reply;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      notify(notice, 'error', error.message);
      notice.append(' ', h('button', { type: 'button', id: 'reload-newer', onclick: () => load() }, 'Show their changes'));
      return undefined;
    }
    if (error instanceof ApiError && error.status === 401) {
      toSignIn();
      return undefined;
    }
    notify(notice, 'error', error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`);
    return undefined;
  }
}

async function regenerateQuestion(segment, question, item) {
  notify(notice, 'info', `Asking the AI for a new ${question.type} question…`);
  const reply = await expertAttempt(notice, () => api('POST', `${base}/regenerate-question`, {
    segmentIndex: segment.segmentIndex, question_type: question.type,
    current_question: item.querySelector('.question').value, current_answer: item.querySelector('.answer').value,
  }));
  if (!reply) return;
  item.querySelector('.question').value = reply.question;
  item.querySelector('.answer').value = reply.answer;
  showStates();
  notify(notice, 'ok', 'New wording in place: save or publish to keep it.');
}

async function generateWording(segment) {
  const worded = Object.keys(segment.persona_variants).length > 0;
  if (worded && !window.confirm('Replace every companion wording of this segment with new AI wording?')) return;
  if (!await save(false)) return;
  const key = `${segment.start}-${segment.end}`;
  const reply = await expertAttempt(notice, () => api('POST', `${base}/persona-variants`,
    { revision: current.revision, generate: true, segments: { [key]: {} } }));
  openCompanions.add(segment.segmentIndex);
  if (reply && await load()) {
    notify(notice, 'ok', 'The companions have new wording for this segment.');
  }
}

document.getElementById('save-draft').addEventListener('click', async () => {
  const reply = await save(false);
  if (reply && await load()) notify(notice, 'ok', `Draft saved (revision ${reply.revision}).`);
});

document.getElementById('publish').addEventListener('click', async () => {
  if (!window.confirm('Publish these questions? Children will be asked them from now on.')) return;
  const reply = await save(true);
  if (reply && await load()) notify(notice, 'ok', `Published as version ${reply.version}. Children now get these questions.`);
});

document.getElementById('version-choice').addEventListener('change', (event) => load(event.target.value));

// the list's states follow every edit (a trash or keep button changes no form value: it is a click)
['input', 'change', 'click'].forEach((type) => document.getElementById('segments').addEventListener(type, () => {
  if (current && current.segments.length) showStates();
}));

document.getElementById('previous-segment').addEventListener('click', () => choose(chosen - 1, false));
document.getElementById('next-segment').addEventListener('click', () => choose(chosen + 1, false));
document.getElementById('play-segment').addEventListener('click', () => {
  const segment = current && current.segments[chosen];
  if (segment) playRange(segment.start, segment.end);
});

// N, P and K anywhere but in a text box or list (where the letters are typed or choose options)
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (event.altKey || event.ctrlKey || event.metaKey || !current || !current.segments.length
    || target.closest('input, textarea, select, [contenteditable], dialog')) return;
  const key = event.key.toLowerCase();
  if (key === 'n') choose(chosen + 1, true);
  else if (key === 'p') choose(chosen - 1, true);
  else if (key === 'k') togglePlay();
  else return;
  event.preventDefault();
});

(async () => {
  setUpPlayer(videoId);
  if (!await load()) return;
  const videos = await api('GET', '/api/expert/videos').catch(() => null);
  const video = videos && videos.videos.find((v) => v.id === videoId);
  document.getElementById('video-title').textContent = video ? video.title : videoId;
})();
