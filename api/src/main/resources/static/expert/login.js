'use strict';
// Signs an expert in (POST /api/expert/login, by access code or by id and password), then goes
// back to the expert page that sent them here; only pages of the expert area are followed.

function nextPage() {
  const next = queryParameter('next');
  return next && /^\/expert\/[A-Za-z0-9_\-/]*$/.test(next) ? next : '/expert/';
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const notice = document.getElementById('notice');
  const code = document.getElementById('access-code').value.trim();
  const body = code ? { access_code: code } : {
    expert_id: document.getElementById('expert-id').value.trim(),
    password: document.getElementById('password').value,
  };
  notify(notice, 'info', 'Signing in…');
  const signedIn = await attempt(notice, () => api('POST', '/api/expert/login', body));
  if (signedIn) window.location.assign(nextPage());
});
