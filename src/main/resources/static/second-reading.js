// Progressive enhancement of the second reader's form (secondreading/reading.jte): each answer is
// saved as it is given, without leaving the page. The form is posted as it is without JavaScript
// (only answers that differ from what the form last saved are stored), one post at a time, since
// a second reading has one revision that every save moves on; the page the post leads to gives
// the new revision and what is still to answer. A refused answer shows the server's words beside
// it; a dropped connection is retried until the answer is saved.

const RETRY_MS = 5000;
const forms = Array.from(document.querySelectorAll('form[data-second-reading], form[action$="/classification"]'));
let chain = Promise.resolve();

for (const form of forms) {
  for (const group of form.querySelectorAll('.yj-answer')) {
    group.querySelectorAll('input[type=radio]').forEach((radio) =>
      radio.addEventListener('change', () => queue(form, group)));
  }
}

function queue(form, group) {
  state(group, 'Saving…', 'saving');
  chain = chain.then(() => send(form, group)).catch(() => {});
}

async function send(form, group) {
  const body = new URLSearchParams(new FormData(form));
  let response;
  try {
    response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
  } catch (offline) {
    state(group, 'Not saved – will retry', 'failed');
    setTimeout(() => queue(form, group), RETRY_MS);
    return;
  }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  if (response.status >= 500) {
    state(group, 'Not saved – will retry', 'failed');
    setTimeout(() => queue(form, group), RETRY_MS);
    return;
  }
  follow(page);
  if (response.ok && response.redirected) {
    // What was posted is stored now: the form's record of it moves on, so it is not sent again.
    for (const [name, value] of body.entries()) {
      const was = form.querySelector('input[type=hidden][name="' + CSS.escape(name + ':was') + '"]');
      if (was) {
        was.value = value;
      }
    }
    form.querySelectorAll('.yj-answer').forEach((g) => {
      if (!g.querySelector('input[type=radio]:checked')) {
        const was = g.querySelector('[data-was]');
        if (was) was.value = '';
      }
    });
    group.classList.remove('govuk-form-group--error');
    state(group, 'Saved', 'saved');
    return;
  }
  const error = page.querySelector('.govuk-error-summary__list a');
  group.classList.add('govuk-form-group--error');
  state(group, 'Not saved: ' + (error ? error.textContent.trim() : 'the server refused this answer'), 'failed');
}

// The page the post led to holds the reading's revision now and what is still to answer.
function follow(page) {
  const revision = page.querySelector('[data-reading-revision]');
  if (revision) {
    document.querySelectorAll('[data-reading-revision]').forEach((input) => { input.value = revision.value; });
  }
  const still = page.querySelector('[data-still-to-answer]');
  const here = document.querySelector('[data-still-to-answer]');
  if (still && here) {
    here.textContent = still.textContent;
  }
  const tag = page.querySelector('[data-status-tag]');
  const shown = document.querySelector('[data-status-tag]');
  if (tag && shown) {
    shown.textContent = tag.textContent;
    shown.className = tag.className;
  }
}

function state(group, text, kind) {
  const region = group.querySelector('[data-save-state]');
  if (region) {
    region.textContent = text;
    region.className = 'govuk-body-s yj-save-state yj-save-state--' + kind;
  }
}
