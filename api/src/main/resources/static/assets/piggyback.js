// Shared by every page the app serves (expert edit page, admin and operator console, the
// children's player, the parents' page). No framework and nothing fetched from the internet:
// pages build their DOM with h(), which only ever sets text, so text from videos, models and
// people can never become markup.
'use strict';

/** The message of an error envelope, whichever of the API's three styles it uses. */
function envelopeMessage(body, status) {
  if (body && typeof body === 'object') {
    const text = body.detail ?? body.message ?? body.error;
    if (typeof text === 'string' && text) return text;
    if (Array.isArray(body.detail) && body.detail.length) return body.detail.map((d) => d.msg ?? String(d)).join('; ');
  }
  return `The server answered ${status}`;
}

/** An answer other than 2xx: carries the HTTP status and the envelope's message. */
class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/**
 * Calls the JSON API with the session cookie. A plain object body is sent as JSON, FormData as
 * multipart. Resolves to the parsed JSON (or null for an empty answer); rejects with ApiError.
 */
async function api(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch { json = null; }
  }
  if (!response.ok) throw new ApiError(response.status, envelopeMessage(json, response.status), json);
  return json;
}

/**
 * Makes an element. attrs: properties and attributes (`class`, `for`, `aria-*`, `data-*` as
 * attributes; `on<event>` functions as listeners; anything else as a property). Children are
 * nodes or strings; strings become text nodes, never HTML.
 */
function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class' || name === 'for' || name === 'role' || name.startsWith('aria-') || name.startsWith('data-')) {
      element.setAttribute(name, value === true ? '' : String(value));
    } else {
      element[name] = value;
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces an element's content with the given children. */
function show(element, ...children) {
  element.replaceChildren();
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * A status line for results and errors, announced to screen readers (role=status). kind:
 * 'ok', 'error' or 'info'.
 */
function notify(element, kind, message) {
  element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  element.className = `notice notice-${kind}`;
  element.textContent = message;
}

/** Runs an async action, showing its error (the API's own message) in the notice element. */
async function attempt(noticeElement, action) {
  try {
    return await action();
  } catch (error) {
    notify(noticeElement, 'error', error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`);
    return undefined;
  }
}

/**
 * A video tile's picture (decorative: the title is beside it), or an empty frame of the same size
 * when the video has none.
 */
function thumbnail(src) {
  return src ? h('img', { class: 'thumbnail', src, alt: '' })
    : h('span', { class: 'thumbnail', 'aria-hidden': 'true' });
}

/** A query parameter of the page's address. */
function queryParameter(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** Seconds as m:ss (or h:mm:ss). */
function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
