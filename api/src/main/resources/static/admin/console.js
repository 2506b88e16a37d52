'use strict';
// Shared by the admin console and the operator dashboard: sign-out, confirmations, forms whose
// errors appear next to the field the API names, and dates.

/** Asks, then runs the action and shows its result (or the API's refusal) in the notice. */
async function confirmed(notice, question, action, success) {
  if (!window.confirm(question)) return undefined;
  notify(notice, 'info', 'Working…');
  const result = await attempt(notice, action);
  if (result !== undefined) notify(notice, 'ok', typeof success === 'function' ? success(result) : success);
  return result;
}

/** A form's named fields as an object; empty fields are left out. */
function formFields(form) {
  const fields = {};
  for (const element of form.elements) {
    if (!element.name || element.type === 'file' || element.type === 'submit') continue;
    const value = element.type === 'checkbox' ? element.checked : element.value.trim();
    if (value !== '') fields[element.name] = value;
  }
  return fields;
}

/**
 * Submits a form's action; an API refusal that names one of the form's fields ("first_name cannot
 * be empty") is shown under that field, any other in the notice.
 */
async function submitForm(form, notice, action) {
  for (const error of form.querySelectorAll('.field-error')) error.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  try {
    return await action(formFields(form));
  } catch (error) {
    const message = error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`;
    const slot = [...form.querySelectorAll('.field-error')]
      .find((candidate) => message.includes(candidate.dataset.for));
    if (slot) {
      slot.textContent = message;
      const input = form.querySelector(`[name="${slot.dataset.for}"]`);
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
      notice.textContent = '';
      notice.className = 'notice';
    } else {
      notify(notice, 'error', message);
    }
    return undefined;
  }
}

/** An ISO time as the reader's local date and time. */
function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '—';
}

document.addEventListener('DOMContentLoaded', () => {
  const signOut = document.getElementById('sign-out');
  if (signOut) {
    signOut.addEventListener('click', async () => {
      await api('POST', '/api/expert/logout').catch(() => null);
      window.location.assign('/admin/login');
    });
  }
});
