'use strict';
// The expert edit page of one video (GET /expert/edit/{video_id}): per segment the AI questions
// with rank, trash/keep and inline edit; the expert's own question; each companion's wording with
// its winner; skip and comment. Save draft and Publish send every segment's fields with the
// revision the page was loaded at: when someone else saved meanwhile the server answers 409 and
// nothing is overwritten. Everything from videos, models and people is shown as text (h(), .value).

const videoId = decodeURIComponent(window.location.pathname.split('/').pop());
const base = `/api/expert/video/${encodeURIComponent(videoId)}`;
const notice = document.getElementById('notice');
const TYPES = ['character', 'setting', 'feeling', 'action', 'causal', 'outcome', 'prediction'];
const COMPANIONS = [['bunny', 'Bunny'], ['pig', 'Pig'], ['alligator', 'Alligator']];

/** The set the page shows, as the server sent it. */
let current = null;
/** Whether the page shows the working set (editable) rather than an earlier version. */
let editable = false;

const label = (type) => type.charAt(0).toUpperCase() + type.slice(1);

function stamp(item) {
  return item && item.updated_by ? `changed by ${item.updated_by}${item.updated_at ? ` at ${item.updated_at}` : ''}` : '';
}

function field(tag, id, text, attrs) {
  return [h('label', { for: id }, text), h(tag, { id, ...attrs })];
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
    ...field('textarea', `${id}-question`, 'Question', { class: 'question', value: question.question, maxLength: 2000, readOnly: !editable }),
    ...field('input', `${id}-answer`, 'Answer', { class: 'answer', value: question.answer, maxLength: 2000, readOnly: !editable }),
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
    h('div', null, ...field('input', `${id}-answer`, 'Answer', { class: 'own-answer', value: own ? own.answer : '', maxLength: 2000, readOnly: !editable })),
    h('div', { class: 'wide' }, ...field('textarea', `${id}-question`, 'Question', { class: 'own-question', value: own ? own.question : '', maxLength: 2000, readOnly: !editable })),
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

function segmentSection(segment, number) {
  const id = `s${segment.segmentIndex}`;
  const skip = h('input', { type: 'checkbox', id: `${id}-skip`, class: 'skip', checked: segment.skipped, disabled: !editable });
  const section = h('section', { class: `segment panel${segment.skipped ? ' skipped' : ''}`, 'data-index': segment.segmentIndex },
    h('h2', null, `Segment ${number} · ${clock(segment.start)}–${clock(segment.end)}`),
    h('div', { class: 'row' }, skip, h('label', { for: skip.id }, 'Skip this segment (children get no question here)'),
      ...field('input', `${id}-reason`, 'Reason', { class: 'skip-reason', value: segment.skip_reason ?? '', maxLength: 500, readOnly: !editable })),
    h('h3', null, 'AI questions'),
    segment.aiQuestions.length ? h('ol', { class: 'ai-questions' }, segment.aiQuestions.map((q) => aiQuestion(segment, q)))
      : h('p', { class: 'muted' }, 'The AI wrote no questions for this segment.'),
    h('h3', null, 'Your own question'), ownQuestion(segment),
    h('h3', null, 'Companions'),
    h('div', { class: 'companions' }, COMPANIONS.map(([key, name]) => companion(segment, key, name))),
    editable ? h('p', null, h('button', { type: 'button', class: 'generate', onclick: () => generateWording(segment) },
      'Write companion wording from the kept questions')) : null,
    ...field('textarea', `${id}-comment`, 'Comment', { class: 'comment', value: segment.comment ?? '', maxLength: 2000, readOnly: !editable }),
    stamp(segment) ? h('p', { class: 'muted stamp' }, `Segment ${stamp(segment)}`) : null);
  skip.addEventListener('change', () => section.classList.toggle('skipped', skip.checked));
  return section;
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
}

async function load(version) {
  const path = `${base}/final-questions${version ? `?version=${encodeURIComponent(version)}` : ''}`;
  const set = await expertAttempt(notice, () => api('GET', path));
  if (!set) return false;
  current = set;
  editable = !version;
  render();
  return true;
}

/** Every segment's fields as the page shows them (the server keeps what does not change). */
function edits() {
  return current.segments.map((segment) => {
    const section = document.querySelector(`section.segment[data-index="${segment.segmentIndex}"]`);
    const value = (css) => section.querySelector(css).value;
    const aiQuestions = segment.aiQuestions.map((q) => {
      const item = section.querySelector(`.ai-question[data-id="${q.id}"]`);
      return {
        id: q.id, question: item.querySelector('.question').value, answer: item.querySelector('.answer').value,
        trashed: item.dataset.trashed === 'true', expert_ranking: Number(item.querySelector('.rank').value),
      };
    });
    const edit = {
      segmentIndex: segment.segmentIndex, skipped: section.querySelector('.skip').checked,
      skip_reason: value('.skip-reason'), comment: value('.comment'), aiQuestions,
      persona_variants: {}, persona_winners: {},
    };
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
      const chosen = box.querySelector('input[type=radio]:checked');
      edit.persona_winners[key] = chosen && chosen.value ? chosen.value : null;
    }
    return edit;
  });
}

/** Saves the page; on a conflict nothing is overwritten and the expert is offered the newer copy. */
async function save(publish) {
  try {
    const reply = await api('POST', `${base}/update-questions`, { revision: current.revision, segments: edits(), publish });
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
  notify(notice, 'ok', 'New wording in place: save or publish to keep it.');
}

async function generateWording(segment) {
  const worded = Object.keys(segment.persona_variants).length > 0;
  if (worded && !window.confirm('Replace every companion wording of this segment with new AI wording?')) return;
  if (!await save(false)) return;
  const key = `${segment.start}-${segment.end}`;
  const reply = await expertAttempt(notice, () => api('POST', `${base}/persona-variants`,
    { revision: current.revision, generate: true, segments: { [key]: {} } }));
  if (reply && await load()) notify(notice, 'ok', 'The companions have new wording for this segment.');
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

(async () => {
  if (!await load()) return;
  const videos = await api('GET', '/api/expert/videos').catch(() => null);
  const video = videos && videos.videos.find((v) => v.id === videoId);
  document.getElementById('video-title').textContent = video ? video.title : videoId;
})();
