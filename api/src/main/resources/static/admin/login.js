'use strict';
// Admin sign-in; afterwards back to the console page that sent the browser here (only pages of
// the console itself, so the link cannot send an admin elsewhere).

function safeNext(next) {
  return next && /^\/(admin|ops)(\/[^/]|\/?$|\?)/.test(next) && !next.startsWith('//') ? next : '/admin/';
}

document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const notice = document.getElementById('notice');
  const password = document.getElementById('password').value;
  if (!password) {
    notify(notice, 'error', 'Enter the admin password.');
    return;
  }
  const done = await attempt(notice, () => api('POST', '/api/admin/verify-access', { password }));
  if (done) window.location.assign(safeNext(queryParameter('next')));
});
