'use strict';
// The expert's two codes (docs/decisions/0027-class-codes.md): its own sign-in code and the class
// code its classroom devices type. Neither is ever shown; the page says only whether a class code is set.

const codeNotice = document.getElementById('code-notice');

async function showClassCodeState() {
  const reply = await expertAttempt(codeNotice, () => api('GET', '/api/expert/access-code'));
  if (reply) {
    show(document.getElementById('class-code-state'), reply.has_class_code ? 'A class code is set.' : 'No class code yet.');
  }
}

/** Sends a form's code to its route; the field is emptied whatever the answer. */
function codeForm(formId, inputId, path, field, done) {
  document.getElementById(formId).addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = document.getElementById(inputId);
    const saved = await expertAttempt(codeNotice, () => api('PUT', path, { [field]: input.value }));
    input.value = '';
    if (saved) {
      notify(codeNotice, 'ok', done);
      await showClassCodeState();
    }
  });
}

codeForm('own-code-form', 'own-code', '/api/expert/my-login-code', 'login_code',
  'Your sign-in code is changed.');
codeForm('class-code-form', 'class-code', '/api/expert/class-code', 'class_code',
  'Class code set: devices signed in with the old one must type the new one.');

document.getElementById('clear-class-code').addEventListener('click', async () => {
  if (await expertAttempt(codeNotice, () => api('DELETE', '/api/expert/class-code'))) {
    notify(codeNotice, 'ok', 'Class code cleared: the devices it opened are signed out.');
    await showClassCodeState();
  }
});

showClassCodeState();
