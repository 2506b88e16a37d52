'use strict';
// What the expert pages share: signing out, and going to sign-in when the session is gone.

function toSignIn() {
  window.location.assign(`/expert/login?next=${encodeURIComponent(window.location.pathname)}`);
}

/** Runs an API action; a lost session (401) leads to sign-in, other errors show in the notice. */
async function expertAttempt(notice, action) {
  try {
    return await action();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      toSignIn();
      return undefined;
    }
    notify(notice, 'error', error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`);
    return undefined;
  }
}

document.getElementById('sign-out')?.addEventListener('click', async () => {
  await api('POST', '/api/expert/logout').catch(() => null);
  window.location.assign('/expert/login');
});
