'use strict';
// Admin console, accounts: experts, parents and children (docs/decisions/0021-accounts-and-logins.md).
// Every name is shown as text (h() never makes markup); every destructive action asks first.

const notice = () => document.getElementById('notice');
const accounts = { experts: [], parents: [] };

function activeCell(isActive) {
  return h('td', {}, h('span', { class: `badge ${isActive ? 'ok' : 'warn'}` }, isActive ? 'active' : 'inactive'));
}

function labelled(label, input) {
  input.setAttribute('aria-label', label);
  return input;
}

// --- experts -----------------------------------------------------------------------------------

async function loadExperts() {
  const reply = await attempt(notice(), () => api('GET', '/api/admin/experts'));
  if (!reply) return;
  accounts.experts = reply.experts;
  show(document.getElementById('expert-rows'), reply.experts.map(expertRow));
  fillAccountChoices();
}

function expertRow(expert) {
  const name = labelled(`Display name of ${expert.expert_id}`, h('input', { value: expert.display_name }));
  const password = labelled(`New password for ${expert.expert_id}`,
    h('input', { type: 'password', autocomplete: 'new-password', placeholder: 'unchanged' }));
  const save = () => attempt(notice(), async () => {
    const body = { display_name: name.value, is_active: expert.is_active };
    if (password.value) body.password = password.value;
    await api('PUT', `/api/admin/experts/${encodeURIComponent(expert.expert_id)}`, body);
    notify(notice(), 'ok', `Saved expert ${expert.expert_id}.`);
    await loadExperts();
  });
  const toggle = expert.is_active
    ? () => confirmed(notice(), `Deactivate expert ${expert.expert_id}? They can no longer sign in.`,
      () => api('POST', `/api/admin/experts/${encodeURIComponent(expert.expert_id)}/deactivate`),
      `Expert ${expert.expert_id} deactivated.`).then(loadExperts)
    : () => attempt(notice(), async () => {
      await api('PUT', `/api/admin/experts/${encodeURIComponent(expert.expert_id)}`, { is_active: true });
      notify(notice(), 'ok', `Expert ${expert.expert_id} activated.`);
      await loadExperts();
    });
  const remove = () => confirmed(notice(),
    `Delete expert ${expert.expert_id}? Their children are unlinked and their assignments removed.`,
    () => api('DELETE', `/api/admin/experts/${encodeURIComponent(expert.expert_id)}`),
    `Expert ${expert.expert_id} deleted.`).then(loadExperts);
  return h('tr', { 'data-expert': expert.expert_id },
    h('td', {}, expert.expert_id), h('td', {}, name), h('td', {}, password), activeCell(expert.is_active),
    h('td', { class: 'actions' },
      h('button', { type: 'button', onclick: save }, 'Save'),
      h('button', { type: 'button', onclick: toggle }, expert.is_active ? 'Deactivate' : 'Activate'),
      h('button', { type: 'button', class: 'danger', onclick: remove }, 'Delete')));
}

document.getElementById('expert-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const reply = await submitForm(form, notice(), (fields) => api('POST', '/api/admin/experts', fields));
  if (reply) {
    form.reset();
    notify(notice(), 'ok', `Expert ${reply.expert.expert_id} created.`);
    await loadExperts();
  }
});

// --- parents -----------------------------------------------------------------------------------

async function loadParents() {
  const reply = await attempt(notice(), () => api('GET', '/api/admin/parents'));
  if (!reply) return;
  accounts.parents = reply.parents;
  show(document.getElementById('parent-rows'), reply.parents.map(parentRow));
  fillAccountChoices();
}

function parentRow(parent) {
  const id = encodeURIComponent(parent.parent_id);
  const name = labelled(`Display name of ${parent.parent_id}`, h('input', { value: parent.display_name }));
  const code = labelled(`New login code for ${parent.parent_id}`,
    h('input', { type: 'password', autocomplete: 'new-password', placeholder: parent.has_login_code ? 'unchanged' : 'none' }));
  const password = labelled(`New parent password for ${parent.parent_id}`,
    h('input', { type: 'password', autocomplete: 'new-password', placeholder: parent.has_password ? 'unchanged' : 'none' }));
  const put = (body, message) => attempt(notice(), async () => {
    await api('PUT', `/api/admin/parents/${id}`, body);
    notify(notice(), 'ok', message);
    await loadParents();
  });
  const save = () => {
    const body = { display_name: name.value };
    if (code.value) body.login_code = code.value;
    if (password.value) body.parent_password = password.value;
    return put(body, `Saved parent ${parent.parent_id}.`);
  };
  const toggle = parent.is_active
    ? () => window.confirm(`Deactivate parent ${parent.parent_id}? Their code stops working.`)
      && put({ is_active: false }, `Parent ${parent.parent_id} deactivated.`)
    : () => put({ is_active: true }, `Parent ${parent.parent_id} activated.`);
  const link = () => attempt(notice(), async () => {
    const reply = await api('POST', `/api/admin/parents/${id}/password-link`);
    const address = new URL(reply.link, window.location.origin).href;
    const shown = document.getElementById('password-link');
    show(shown, `Send this link to ${parent.display_name}; it works once, until `
      + `${new Date(reply.expires_at).toLocaleString()}: `, h('code', {}, address));
    shown.hidden = false;
  });
  const remove = () => confirmed(notice(), `Delete parent ${parent.parent_id}? Their children are unlinked.`,
    () => api('DELETE', `/api/admin/parents/${id}`), `Parent ${parent.parent_id} deleted.`).then(loadParents);
  return h('tr', { 'data-parent': parent.parent_id },
    h('td', {}, parent.parent_id), h('td', {}, name), h('td', {}, code), h('td', {}, password),
    activeCell(parent.is_active),
    h('td', { class: 'actions' },
      h('button', { type: 'button', onclick: save }, 'Save'),
      h('button', { type: 'button', class: 'password-link', onclick: link }, 'Password link'),
      h('button', { type: 'button', onclick: toggle }, parent.is_active ? 'Deactivate' : 'Activate'),
      h('button', { type: 'button', class: 'danger', onclick: remove }, 'Delete')));
}

document.getElementById('parent-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const reply = await submitForm(form, notice(), (fields) => api('POST', '/api/admin/parents', fields));
  if (reply) {
    form.reset();
    notify(notice(), 'ok', `Parent ${reply.parent.parent_id} created.`);
    await loadParents();
  }
});

// --- children ----------------------------------------------------------------------------------

let iconKeys = [];

function choices(select, items, value, label, empty) {
  show(select, empty === undefined ? [] : h('option', { value: '' }, empty),
    items.map((item) => h('option', { value: item.value, selected: item.value === value }, label(item))));
}

function expertChoices(select, value, empty) {
  choices(select, accounts.experts.map((e) => ({ value: e.expert_id, name: e.display_name })), value,
    (e) => `${e.name} (${e.value})`, empty);
}

function parentChoices(select, value) {
  choices(select, accounts.parents.map((p) => ({ value: p.parent_id, name: p.display_name })), value,
    (p) => `${p.name} (${p.value})`, 'No parent');
}

function fillAccountChoices() {
  const expert = document.getElementById('child-expert');
  const parent = document.getElementById('child-parent');
  const keptExpert = expert.value;
  const keptParent = parent.value;
  expertChoices(expert, keptExpert, 'Choose an expert');
  parentChoices(parent, keptParent);
}

async function loadChildren() {
  const inactive = document.getElementById('children-inactive').checked;
  const reply = await attempt(notice(), () => api('GET', `/api/admin/children${inactive ? '?include_inactive=true' : ''}`));
  if (!reply) return;
  accounts.experts = reply.experts;
  iconKeys = reply.icon_keys;
  const icon = document.getElementById('child-icon');
  const keptIcon = icon.value;
  choices(icon, iconKeys.map((key) => ({ value: key })), keptIcon, (item) => item.value);
  fillAccountChoices();
  show(document.getElementById('child-rows'), reply.children.map(childRow));
}

function childRow(child) {
  const id = encodeURIComponent(child.child_id);
  const who = `${child.first_name} ${child.last_name ?? ''}`.trim();
  const first = labelled(`First name of ${who}`, h('input', { value: child.first_name }));
  const last = labelled(`Last name of ${who}`, h('input', { value: child.last_name ?? '' }));
  const expert = labelled(`Expert of ${who}`, h('select'));
  expertChoices(expert, child.expert_id ?? '', 'No expert');
  const parent = labelled(`Parent of ${who}`, h('select'));
  parentChoices(parent, child.parent_id ?? '');
  const icon = labelled(`Icon of ${who}`, h('select'));
  choices(icon, iconKeys.map((key) => ({ value: key })), child.icon_key, (item) => item.value);
  const mode = labelled(`Interaction mode of ${who}`, h('select'));
  choices(mode, ['strict', 'flexible', 'passive'].map((m) => ({ value: m })), child.interaction_mode, (m) => m.value);
  const put = (body, message) => attempt(notice(), async () => {
    await api('PUT', `/api/admin/children/${id}`, body);
    notify(notice(), 'ok', message);
    await loadChildren();
  });
  const save = () => {
    const body = { first_name: first.value, last_name: last.value, icon_key: icon.value, interaction_mode: mode.value,
      parent_id: parent.value || null };
    if (expert.value) body.expert_id = expert.value;
    return put(body, `Saved ${who}.`);
  };
  const toggle = child.is_active
    ? () => confirmed(notice(), `Deactivate ${who}? They disappear from the login list.`,
      () => api('POST', `/api/admin/children/${id}/deactivate`), `${who} deactivated.`).then(loadChildren)
    : () => put({ is_active: true }, `${who} activated.`);
  const unlink = () => confirmed(notice(), `Unlink ${who} from their expert and parent?`,
    () => api('POST', `/api/admin/children/${id}/unlink`), `${who} unlinked.`).then(loadChildren);
  const remove = () => confirmed(notice(), `Delete ${who} and their quiz history?`,
    () => api('DELETE', `/api/admin/children/${id}`), `${who} deleted.`).then(loadChildren);
  return h('tr', { 'data-child': child.child_id },
    h('td', {}, child.child_id), h('td', {}, first), h('td', {}, last), h('td', {}, expert), h('td', {}, parent),
    h('td', {}, icon), h('td', {}, mode), activeCell(child.is_active),
    h('td', { class: 'actions' },
      h('button', { type: 'button', onclick: save }, 'Save'),
      h('button', { type: 'button', onclick: toggle }, child.is_active ? 'Deactivate' : 'Activate'),
      h('button', { type: 'button', onclick: unlink }, 'Unlink'),
      h('button', { type: 'button', class: 'danger', onclick: remove }, 'Delete')));
}

document.getElementById('child-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const reply = await submitForm(form, notice(), (fields) => api('POST', '/api/admin/children', fields));
  if (reply) {
    form.reset();
    notify(notice(), 'ok', `${reply.child.first_name} created (${reply.child.child_id}).`);
    await loadChildren();
  }
});
document.getElementById('children-inactive').addEventListener('change', loadChildren);

// --- tabs --------------------------------------------------------------------------------------

const loaders = { experts: loadExperts, parents: loadParents, children: () => loadParents().then(loadChildren),
  videos: () => window.loadVideos() };

function openTab(name) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.getAttribute('aria-controls') === name;
    tab.setAttribute('aria-selected', String(selected));
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  notice().textContent = '';
  notice().className = 'notice';
  history.replaceState(null, '', `#${name}`);
  // busy until its lists are in: screen readers wait, and so do the page tests
  const panel = document.getElementById(name);
  panel.setAttribute('aria-busy', 'true');
  Promise.resolve(loaders[name]()).finally(() => panel.removeAttribute('aria-busy'));
}

for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('click', () => openTab(tab.getAttribute('aria-controls')));
}
// after videos.js has defined its loader
document.addEventListener('DOMContentLoaded',
  () => openTab(loaders[location.hash.slice(1)] ? location.hash.slice(1) : 'experts'));
