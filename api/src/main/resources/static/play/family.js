// What the children's pages and the parents' page share: the profile pictures, the companions,
// the interaction modes, and the player's state kept for this tab (sessionStorage).
'use strict';

const CHILD_ICONS = {
  pig: '🐷', fox: '🦊', owl: '🦉', cat: '🐱', bear: '🐻', rabbit: '🐰', lion: '🦁', penguin: '🐧',
  simba: '🦁', nemo: '🐠', walle: '🤖', moana: '🌊', elsa: '❄️', spiderman: '🕷️', mickey: '🐭',
  pooh: '🍯', chase: '🐶', spongebob: '🧽', turtle: '🐢', bluey: '🐕', hellokitty: '😺', mlp: '🦄',
  peppa: '🐽', mario: '🍄', dino: '🦕', alligator: '🐊',
};

const COMPANIONS = {
  bunny: { emoji: '🐰', name: 'Bunny' },
  pig: { emoji: '🐷', name: 'Pig' },
  alligator: { emoji: '🐊', name: 'Alligator' },
};

const MODES = {
  strict: 'Strict: answer to continue (wrong or almost: watch the part again)',
  flexible: 'Flexible: questions, and the child may keep going',
  passive: 'Passive: just watching, no questions',
};

function childIcon(key) {
  return CHILD_ICONS[key] ?? '🙂';
}

const PLAYER_STATE = 'pb.player';

/** {child: {child_id, first_name, icon_key, interaction_mode}, companion} or null. */
function playerState() {
  try {
    return JSON.parse(sessionStorage.getItem(PLAYER_STATE)) ?? null;
  } catch {
    return null;
  }
}

function savePlayerState(state) {
  if (state) sessionStorage.setItem(PLAYER_STATE, JSON.stringify(state));
  else sessionStorage.removeItem(PLAYER_STATE);
}

/**
 * The children this session may pick; null when nobody is signed in (the page then shows its
 * sign-in screen) or the request failed (its message is shown in the notice).
 */
async function sessionChildren(notice, showSignIn) {
  try {
    return (await api('GET', '/api/learners/children')).children;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      showSignIn();
    } else {
      notify(notice, 'error', error.message);
    }
    return null;
  }
}
