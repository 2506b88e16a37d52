// The children's player: plays a video from the store and, at the end of each segment, pauses,
// shows and speaks the question in the companion's voice, listens through the microphone,
// grades by question_id (the page never has the answer key) and reacts as the child's
// interaction mode says (README, "The children's player"). The attempt is saved at the end, or when the
// page is left, with the minutes watched.
'use strict';

const PRAISE = ['Good job!', 'Amazing!', 'Fantastic!', 'Awesome work!', 'You nailed it!'];
/** Listening: speech after 4 loud frames, done after 1.4 s of quiet, 9 s at most, 2 automatic retries. */
const LISTEN = { frameMs: 50, calibrationFrames: 6, loudFrames: 4, quietMs: 1400, maxMs: 9000, retries: 2, retryPauseMs: 1400 };
/** A forward jump beyond what was watched plus this many seconds is undone (skip prevention, /api/config). */
const SKIP_TOLERANCE = 2;

const video = document.getElementById('video');
const notice = document.getElementById('notice');
const announcer = document.getElementById('announce');
const mic = document.getElementById('mic');
const micLabel = document.getElementById('mic-label');
const questionBox = document.getElementById('question');
const feedback = document.getElementById('feedback');
const heardLine = document.getElementById('heard');
const choices = document.getElementById('choices');
const scoreLine = document.getElementById('score');

const videoId = decodeURIComponent(window.location.pathname.split('/').pop());
const state = playerState();
const sessionId = crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

let skipPrevention = true;
let mode = 'flexible';
let companion = COMPANIONS.bunny;
let questions = [];
let active = null;
let previousSecond = -1;
let lastTime = 0;
let maxWatched = 0;
let watchedSeconds = 0;
let finished = false;
let saved = false;
/** Stops the recording in progress (the child tapped the microphone), or null. */
let stopListening = null;
/** What the microphone button does when tapped outside a recording, or null. */
let micAction = null;
const score = { total: 0, correct: 0, wrong: 0, retries: 0, details: [] };

function announce(text) {
  announcer.textContent = '';
  // a fresh text node, so the same words twice are announced twice
  setTimeout(() => { announcer.textContent = text; }, 50);
}

function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function setMic(status, label) {
  mic.classList.toggle('listening', status === 'listening');
  mic.classList.toggle('busy', status === 'busy');
  mic.disabled = status === 'busy';
  mic.setAttribute('aria-label', status === 'listening' ? 'Stop, I am done talking' : 'Talk to answer');
  micLabel.textContent = label;
}

function showScore() {
  scoreLine.hidden = mode === 'passive' || score.total === 0;
  scoreLine.textContent = `⭐ ${score.correct} / ${score.total}`;
}

// ---- speaking -------------------------------------------------------------------------------

/** Plays audio to its end (or until it fails: resolves false). */
function play(src) {
  return new Promise((resolve) => {
    const audio = new Audio(src);
    const timer = setTimeout(() => { audio.pause(); resolve(true); }, 20000);
    audio.addEventListener('ended', () => { clearTimeout(timer); resolve(true); });
    audio.addEventListener('error', () => { clearTimeout(timer); resolve(false); });
    audio.play().catch(() => { clearTimeout(timer); resolve(false); });
  });
}

/** The server's speech of a text (cached there), as a data URL. */
async function synthesize(text) {
  const spoken = await api('POST', '/api/tts', { text, voice: 'sage', speed: 0.9, format: 'mp3' });
  return `data:audio/${spoken.format};base64,${spoken.audio}`;
}

/** Speech made ahead of time for the questions without a recording, by question_id. */
const prepared = new Map();

function prepareSpeech(question) {
  if (!question.speech && !prepared.has(question.question_id)) {
    const speech = synthesize(question.question);
    speech.catch(() => {});
    prepared.set(question.question_id, speech);
  }
}

/** Speaks text through the server's voice, else the browser's own. */
async function say(text, speech) {
  try {
    if (await play(await (speech ?? synthesize(text)))) return;
  } catch {
    // the browser's voice below
  }
  if ('speechSynthesis' in window) {
    await new Promise((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.onend = resolve;
      utterance.onerror = resolve;
      speechSynthesis.speak(utterance);
      setTimeout(resolve, 10000);
    });
  }
}

/** The question in the companion's pre-rendered voice when the pipeline made one of these words. */
async function speakQuestion(question) {
  if (question.speech && await play(question.speech)) return;
  await say(question.question, prepared.get(question.question_id));
  // the next questions' speech is made while this one is answered
  questions.filter((q) => !q.asked).slice(0, 2).forEach(prepareSpeech);
}

// ---- listening ------------------------------------------------------------------------------

class MicrophoneRefused extends Error {}

/**
 * Records until the child has spoken and gone quiet (or taps the button, or 9 s pass). Resolves
 * to the recording, or null when nothing but quiet was heard.
 */
function record(stream) {
  return new Promise((resolve, reject) => {
    const type = MediaRecorder.isTypeSupported('audio/webm;codecs=opus') ? 'audio/webm;codecs=opus' : '';
    const recorder = new MediaRecorder(stream, type ? { mimeType: type } : {});
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    context.createMediaStreamSource(stream).connect(analyser);
    context.resume().catch(() => {});
    const samples = new Float32Array(analyser.fftSize);
    const chunks = [];
    const started = performance.now();
    let frames = 0;
    let ambient = 0;
    let loud = 0;
    let spoke = false;
    let tapped = false;
    let quietSince = null;
    const stop = () => {
      if (recorder.state !== 'inactive') recorder.stop();
    };
    stopListening = () => { tapped = true; stop(); };
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      const rms = Math.sqrt(sum / samples.length);
      frames += 1;
      const now = performance.now();
      if (frames <= LISTEN.calibrationFrames) {
        ambient += rms / LISTEN.calibrationFrames;
      } else if (rms > Math.max(0.015, 2.5 * ambient)) {
        loud += 1;
        if (loud >= LISTEN.loudFrames) spoke = true;
        quietSince = null;
      } else {
        loud = 0;
        if (spoke) {
          quietSince ??= now;
          if (now - quietSince >= LISTEN.quietMs) stop();
        }
      }
      if (now - started >= LISTEN.maxMs) stop();
    }, LISTEN.frameMs);
    recorder.addEventListener('dataavailable', (event) => { if (event.data.size) chunks.push(event.data); });
    recorder.addEventListener('stop', () => {
      clearInterval(timer);
      stopListening = null;
      context.close().catch(() => {});
      resolve(spoke || tapped ? new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }) : null);
    });
    recorder.addEventListener('error', (event) => { clearInterval(timer); reject(event.error ?? new Error('recording failed')); });
    recorder.start(250);
  });
}

/** One listening turn: what the child said, lower-cased, or '' when nothing was heard. */
async function listen() {
  if (!navigator.mediaDevices?.getUserMedia || !window.MediaRecorder) {
    throw new MicrophoneRefused('This browser cannot use the microphone here (it needs an https address).');
  }
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
  } catch (error) {
    throw new MicrophoneRefused('I can\'t hear you: the microphone is switched off. Ask a grown-up to allow it.');
  }
  try {
    setMic('listening', 'I\'m listening… tap the microphone when you are done');
    const recording = await record(stream);
    if (!recording) return '';
    setMic('busy', 'Thinking…');
    const form = new FormData();
    form.append('file', recording, 'speech.webm');
    const reply = await api('POST', '/api/transcribe', form);
    return reply.success ? (reply.text ?? '').trim().toLowerCase() : '';
  } finally {
    for (const track of stream.getTracks()) track.stop();
  }
}

// ---- questions ------------------------------------------------------------------------------

async function ask(question) {
  active = question;
  question.asked = true;
  video.pause();
  video.controls = false;
  show(document.getElementById('question-text'), question.question);
  feedback.textContent = '';
  feedback.className = 'feedback';
  heardLine.textContent = '';
  choices.hidden = true;
  questionBox.hidden = false;
  hideCaptions();
  setMic('busy', `${companion.name} is asking…`);
  announce(`Question from ${companion.name}: ${question.question}`);
  document.getElementById('question-text').focus();
  await speakQuestion(question);
  await answerTurns(question);
}

/** Listens (retrying on silence), then grades; after repeated silence the child decides. */
async function answerTurns(question) {
  micAction = null;
  choices.hidden = true;
  for (let turn = 0; turn <= LISTEN.retries; turn += 1) {
    let heard;
    try {
      heard = await listen();
    } catch (error) {
      if (error instanceof MicrophoneRefused) {
        // without a microphone even strict mode has to let the child go on
        offerRetry(question, error.message, true);
      } else {
        offerRetry(question, `Oops, something went wrong (${error.message}).`);
      }
      return;
    }
    if (heard) {
      await grade(question, heard);
      return;
    }
    if (turn < LISTEN.retries) {
      setMic('busy', 'I didn\'t hear anything. Let\'s try again!');
      await wait(LISTEN.retryPauseMs);
    }
  }
  offerRetry(question, 'I didn\'t hear anything. Tap the microphone to try again.');
}

/** The microphone starts a new try; in flexible mode (or without a microphone) the child may also keep going. */
function offerRetry(question, message, noMicrophone = false) {
  setMic('idle', message);
  micAction = () => answerTurns(question);
  if (mode === 'flexible' || noMicrophone) {
    document.getElementById('rewind').hidden = true;
    choices.hidden = false;
  }
}

async function grade(question, heard) {
  heardLine.textContent = `I heard: “${heard}”`;
  setMic('busy', 'Checking…');
  let result;
  try {
    result = await api('POST', '/api/check_answer', { question_id: question.question_id, user: heard });
  } catch (error) {
    offerRetry(question, `Oops, I couldn't check that (${error.message}).`);
    return;
  }
  keepScore(question, heard, result);
  const status = result.status;
  const strict = mode === 'strict';
  const words = status === 'correct' ? PRAISE[Math.floor(Math.random() * PRAISE.length)]
    : status === 'almost' ? (strict ? 'Almost! Let\'s watch it again.' : 'Almost! Good try!')
      : (strict ? 'I think we missed it. Let\'s watch it again.' : 'That\'s okay! Good try!');
  feedback.className = `feedback ${status}`;
  feedback.textContent = `${status === 'correct' ? '🎉 ' : ''}${words}`;
  setMic('busy', '');
  announce(words);
  const shown = wait(status === 'correct' ? 1300 : 1100);
  await say(words);
  await shown;
  if (status === 'correct') {
    resume();
  } else if (strict) {
    rewind(question);
  } else {
    // flexible: the child chooses to watch the part again or to keep going
    document.getElementById('rewind').hidden = false;
    choices.hidden = false;
    micLabel.textContent = 'Watch that part again, or keep going?';
    document.getElementById('keep-going').focus();
  }
}

/** The first answer counts; later ones are retries. */
function keepScore(question, heard, result) {
  const at = new Date().toISOString();
  if (!question.answered) {
    question.answered = true;
    score.total += 1;
    if (result.status === 'correct') score.correct += 1;
    else score.wrong += 1;
    score.details.push({
      question: question.question, expectedAnswer: result.expected, userAnswer: heard, status: result.status,
      similarity: result.similarity, question_type: question.question_type, question_id: question.question_id, timestamp: at,
    });
  } else {
    score.retries += 1;
    score.details.push({
      question: question.question, userAnswer: heard, status: 'retry', similarity: result.similarity,
      question_id: question.question_id, timestamp: at,
    });
  }
  showScore();
}

/** Captions would cover the question: hidden while it is open, then as the child had them. */
let captionModes = null;

function hideCaptions() {
  captionModes = [...video.textTracks].map((track) => track.mode);
  for (const track of video.textTracks) {
    if (track.mode === 'showing') track.mode = 'hidden';
  }
}

function restoreCaptions() {
  if (!captionModes) return;
  [...video.textTracks].forEach((track, i) => { track.mode = captionModes[i] ?? track.mode; });
  captionModes = null;
}

function closeQuestion() {
  questionBox.hidden = true;
  restoreCaptions();
  video.controls = true;
  active = null;
  micAction = null;
}

function resume() {
  closeQuestion();
  if (video.ended) {
    endOfVideo();
  } else {
    video.play().catch(() => {});
    video.focus();
  }
}

/** Back to the start of the segment (after the last other question asked in it), to ask again. */
function rewind(question) {
  const others = questions.filter((q) => q !== question && q.asked && q.trigger >= question.segment_range_start
    && q.trigger <= question.segment_range_end).map((q) => q.trigger + 1);
  const target = Math.max(question.segment_range_start, ...others);
  question.asked = false;
  closeQuestion();
  previousSecond = Math.floor(target) - 1;
  video.currentTime = target;
  video.play().catch(() => {});
}

// ---- the video ------------------------------------------------------------------------------

/** Called often: counts watched time, undoes skipping ahead, and asks the question that is due. */
function tick() {
  if (active || finished || video.seeking) return;
  const now = video.currentTime;
  const step = now - lastTime;
  if (!video.paused && step > 0 && step < 1.5) watchedSeconds += step;
  if (now <= maxWatched + SKIP_TOLERANCE || !skipPrevention) maxWatched = Math.max(maxWatched, now);
  lastTime = now;
  const second = Math.floor(now);
  const due = questions.find((q) => !q.asked && previousSecond < q.trigger && q.trigger <= second);
  previousSecond = second;
  if (due) ask(due);
}

video.addEventListener('seeking', () => {
  if (active) return;
  if (skipPrevention && video.currentTime > maxWatched + SKIP_TOLERANCE) {
    video.currentTime = maxWatched;
    notify(notice, 'info', 'No skipping ahead! Let\'s watch it together.');
    return;
  }
  lastTime = video.currentTime;
  previousSecond = Math.floor(video.currentTime) - 1;
});
video.addEventListener('timeupdate', tick);
video.addEventListener('play', () => {
  if (active) video.pause();
});
video.addEventListener('ended', () => endOfVideo());

let ending = false;

/** The last segments end with the video: their questions are asked now, then the attempt is saved. */
async function endOfVideo() {
  if (ending || finished) return;
  ending = true;
  try {
    while (active) await wait(200);
    for (const question of questions) {
      if (!question.asked) {
        await ask(question);
        while (active) await wait(200);
        // strict mode rewound: the video plays on and ends again later
        if (!video.ended) return;
      }
    }
    finish();
  } finally {
    ending = false;
  }
}

// while a question is open, the keys that control the video do nothing
document.addEventListener('keydown', (event) => {
  const videoKeys = [' ', 'k', 'K', 'MediaPlayPause', 'MediaPlay', 'ArrowLeft', 'ArrowRight'];
  if (active && videoKeys.includes(event.key) && !(event.target instanceof HTMLButtonElement)) {
    event.preventDefault();
    event.stopPropagation();
  }
}, true);

mic.addEventListener('click', () => {
  if (stopListening) stopListening();
  else if (micAction) micAction();
});
document.getElementById('keep-going').addEventListener('click', () => {
  if (active) resume();
});
document.getElementById('rewind').addEventListener('click', () => {
  if (active) rewind(active);
});
document.getElementById('again').addEventListener('click', () => window.location.reload());

// ---- the end and saving ---------------------------------------------------------------------

function attemptBody() {
  const total = score.total;
  return {
    child_id: state.child.child_id,
    video_id: videoId,
    session_id: sessionId,
    interaction_mode: mode,
    watch_minutes: Math.round((watchedSeconds / 60) * 100) / 100,
    score_data: {
      total,
      correct: score.correct,
      wrong: score.wrong,
      percentage: total ? Math.round((score.correct / total) * 100) : 0,
      total_retries: score.retries,
      avg_retries_per_question: total ? +(score.retries / total).toFixed(2) : 0,
      details: score.details,
    },
  };
}

async function finish() {
  if (finished) return;
  finished = true;
  closeQuestion();
  const percentage = score.total ? Math.round((score.correct / score.total) * 100) : null;
  const done = document.getElementById('done');
  document.getElementById('result').textContent = percentage === null ? `${companion.emoji} 🎬` : `${percentage}%`;
  document.getElementById('done-message').textContent = percentage === null ? 'Great watching!'
    : percentage >= 80 ? 'Excellent work!' : percentage >= 60 ? 'Keep it up!' : 'Keep practicing!';
  done.hidden = false;
  document.getElementById('done-title').focus();
  announce(`All done! ${document.getElementById('done-message').textContent}`);
  const savedLine = document.getElementById('saved');
  saved = true;
  try {
    await api('POST', '/api/save-quiz-score', attemptBody());
    savedLine.textContent = 'Saved for your grown-ups ✓';
  } catch (error) {
    saved = false;
    savedLine.textContent = `Could not save: ${error.message}`;
  }
}

// leaving before the end still records what was watched and answered, once
window.addEventListener('pagehide', () => {
  if (saved || !state?.child || (watchedSeconds < 1 && score.total === 0)) return;
  saved = true;
  fetch('/api/save-quiz-score', {
    method: 'POST', keepalive: true, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(attemptBody()),
  }).catch(() => {});
});

// ---- start ----------------------------------------------------------------------------------

async function start() {
  if (!state?.child || !state.companion) {
    window.location.href = '/play';
    return;
  }
  companion = COMPANIONS[state.companion] ?? COMPANIONS.bunny;
  document.getElementById('buddy').textContent = companion.emoji;
  document.getElementById('question-buddy').textContent = companion.emoji;
  let config;
  let player;
  try {
    [config, player] = await Promise.all([
      api('GET', '/api/config'),
      api('GET', `/api/play/${encodeURIComponent(videoId)}?child_id=${encodeURIComponent(state.child.child_id)}`
        + `&companion=${encodeURIComponent(state.companion)}`),
    ]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      window.location.href = '/play';
      return;
    }
    notify(notice, 'error', error.message);
    return;
  }
  skipPrevention = config.skip_prevention !== false;
  mode = player.child.interaction_mode || 'flexible';
  document.body.dataset.interactionMode = mode;
  show(document.getElementById('title'), player.video.title);
  document.title = `Piggyback Learning: ${player.video.title}`;
  questions = mode === 'passive' ? [] : player.questions
    .map((q) => ({ ...q, trigger: Math.round(q.segment_range_end) || q.segment_range_start, asked: false, answered: false }))
    .sort((a, b) => a.trigger - b.trigger);
  if (mode !== 'passive' && !player.questions_published) {
    notify(notice, 'info', 'No questions for this video yet: just enjoy watching!');
  }
  if (player.video.captions) {
    video.append(h('track', { kind: 'captions', srclang: 'en', label: 'English', src: player.video.captions, default: true }));
  }
  video.src = player.video.source;
  showScore();
  questions.slice(0, 2).forEach(prepareSpeech);
  setInterval(tick, 250);
  video.play().catch(() => {
    notify(notice, 'info', 'Press play to start!');
  });
}

start();
