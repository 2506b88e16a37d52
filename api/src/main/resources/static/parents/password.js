// Sets a parent's password from the one-time link the admin gave: the token travels in the
// address's fragment (never sent to the server by the browser), and leaves the address bar at once.
'use strict';

const token = window.location.hash.slice(1);
history.replaceState(null, '', window.location.pathname);
const notice = document.getElementById('notice');
const form = document.getElementById('password-form');

if (!token) {
  notify(notice, 'error', 'This page opens from the link you were given. Ask for a new link if it does not work.');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = document.getElementById('password').value;
  if (password !== document.getElementById('repeat').value) {
    notify(notice, 'error', 'The two passwords are not the same.');
    return;
  }
  const reply = await attempt(notice, () => api('POST', '/api/parents/password', { token, password }));
  if (!reply) return;
  notify(notice, 'ok', `Saved. Your parent ID is ${reply.parent_id}.`);
  form.hidden = true;
  document.getElementById('done').hidden = false;
});
