// Progressive enhancement of the case assessment form (assessment/case.jte). Without this file
// the form posts one standard at a time. With it, each answer is saved on its own as it is
// given, through the JSON API, with its saved state shown beside it. An answer is written to
// localStorage before it is sent and taken out only once the server has it (or refused it for
// good), so a dropped connection loses nothing: it is sent again when the browser is back online.
// A conflict (someone else changed the answer first) lets the person keep theirs or take the other.

const form = document.querySelector('[data-case-form]');
const page = document.querySelector('main') || document;
// Kept per signed-in person: an answer is never sent later under someone else's session.
const QUEUE_KEY = 'yjinspect.unsent-answers.' + (form ? form.dataset.user : '');
const RETRY_MS = 5000;
const WORDS = { yes: 'Yes', no: 'No', not_applicable: 'Not applicable', not_relevant: 'Not relevant to this case', '': 'No answer' };

if (form) {
  start(form);
}

function start(form) {
  const csrf = form.dataset.csrf;
  const chains = new Map();

  const groups = () => page.querySelectorAll('[data-answer], [data-evidence], [data-classifications]');
  const groupFor = (url) => Array.from(groups()).find((g) => urlOf(g) === url);

  groups().forEach((group) => {
    if (group.dataset.classifications !== undefined) {
      group.querySelectorAll('input[type=radio]').forEach((radio) =>
        radio.addEventListener('change', () => given(group, classification(group))));
    } else if (group.dataset.answer !== undefined) {
      group.querySelectorAll('input[type=radio]:not([name^="c:"])').forEach((radio) =>
        radio.addEventListener('change', () => given(group, { answer: radio.value })));
    } else {
      const note = group.querySelector('textarea');
      const good = group.querySelector('input[type=checkbox]');
      let typing;
      const send = () => { clearTimeout(typing); given(group, evidence(note, good)); };
      note.addEventListener('change', send);
      note.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(send, 1500); });
      good.addEventListener('change', send);
    }
  });

  // Answers given on an earlier visit (or before a reload) that never reached the server.
  Object.values(readQueue()).forEach((entry) => {
    const group = groupFor(entry.url);
    if (group) {
      showValue(group, entry.body);
      state(group, 'Not saved – will retry', 'failed');
    }
  });
  window.addEventListener('online', flush);
  setInterval(() => { if (Object.keys(readQueue()).length > 0) flush(); }, RETRY_MS);
  flush();

  function given(group, body) {
    const url = urlOf(group);
    const queue = readQueue();
    queue[url] = { url, body, baseRevision: revision(group), at: Date.now() };
    writeQueue(queue);
    removeConflict(group);
    enqueue(url);
  }

  function flush() {
    Object.keys(readQueue()).forEach(enqueue);
  }

  // One request at a time per answer, so a quick second click is based on the first's revision.
  function enqueue(url) {
    const previous = chains.get(url) || Promise.resolve();
    const next = previous.then(() => send(url)).catch(() => {});
    chains.set(url, next);
  }

  async function send(url) {
    const entry = readQueue()[url];
    if (!entry) {
      return;
    }
    const group = groupFor(url);
    const baseRevision = group ? revision(group) : entry.baseRevision;
    if (group) {
      state(group, 'Saving…', 'saving');
    }
    let response;
    try {
      response = await fetch(url, {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify(Object.assign({}, entry.body, { baseRevision })),
      });
    } catch (offline) {
      if (group) {
        state(group, 'Not saved – will retry', 'failed');
      }
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (response.status >= 500 || response.status === 401) {
      if (group) {
        state(group, response.status === 401 ? 'Not saved – sign in again in another tab; will retry'
          : 'Not saved – will retry', 'failed');
      }
      return;
    }
    done(url, entry);
    if (!group) {
      return;
    }
    if (response.ok) {
      saved(group, answer, entry.body);
    } else if (response.status === 409 && answer.stale) {
      conflict(group, entry.body, answer.current || {});
    } else {
      state(group, 'Not saved: ' + (answer.error || 'the server refused this answer'), 'failed');
    }
  }

  // Takes the entry out of the queue, unless a newer answer to the same question replaced it.
  function done(url, entry) {
    const queue = readQueue();
    if (queue[url] && queue[url].at === entry.at) {
      delete queue[url];
      writeQueue(queue);
    }
  }

  function saved(group, answer, body) {
    const record = answer.saved || {};
    setRevision(group, record.revision);
    setWas(group, body);
    state(group, 'Saved', 'saved');
    if (answer.caseStatus) {
      document.querySelectorAll('[data-status-revision]').forEach((input) => { input.value = answer.caseStatus.revision; });
      showStatus(answer.caseStatus.status);
    }
    const kq = group.closest('.yj-key-question');
    const box = kq && kq.querySelector('[data-warnings]');
    if (box && Array.isArray(answer.warnings) && group.dataset.answer !== undefined) {
      box.replaceChildren(...answer.warnings.map(warning));
    }
  }

  function conflict(group, mine, current) {
    removeConflict(group);
    const evidenceGroup = group.dataset.evidence !== undefined;
    const theirs = group.dataset.classifications !== undefined ? {
      riskOfSeriousHarm: current.riskOfSeriousHarm || null,
      riskOfSeriousHarmAgreesWithService: current.riskOfSeriousHarmAgreesWithService,
      safetyWellbeing: current.safetyWellbeing || null,
      safetyWellbeingAgreesWithService: current.safetyWellbeingAgreesWithService,
    } : evidenceGroup ? { note: current.note || '', goodPracticeExample: !!current.goodPracticeExample }
      : { answer: current.answer || '' };
    const by = current.updatedBy || 'someone else';
    if (words(theirs) === words(mine)) {
      setRevision(group, current.revision);
      setWas(group, theirs);
      state(group, 'Saved', 'saved');
      return;
    }
    const panel = document.createElement('div');
    panel.className = 'yj-conflict';
    panel.setAttribute('data-conflict', '');
    const text = document.createElement('p');
    text.className = 'govuk-body';
    text.append(by + ' gave ', strong(words(theirs)), when(current.updatedAt) + '. Your answer, ',
      strong(words(mine)), ', has not been saved.');
    const buttons = document.createElement('div');
    buttons.className = 'govuk-button-group';
    // Once chosen, the panel goes and the focus returns to the question, not to the top of the page.
    const refocus = () => {
      const target = group.querySelector('input:checked, textarea, input');
      if (target) {
        target.focus();
      }
    };
    const keep = button('Keep my answer', () => {
      setRevision(group, current.revision);
      given(group, mine);
      refocus();
    });
    const take = button('Take ' + by + '’s answer', () => {
      setRevision(group, current.revision);
      setWas(group, theirs);
      showValue(group, theirs);
      removeConflict(group);
      state(group, 'Saved (' + by + '’s answer kept)', 'saved');
      refocus();
    });
    take.classList.add('govuk-button--secondary');
    buttons.append(keep, take);
    panel.append(text, buttons);
    group.insertBefore(panel, group.querySelector('[data-save-state]'));
    group.classList.add('govuk-form-group--error');
    state(group, 'Not saved – ' + by + ' changed this answer first; choose which answer stands', 'failed');
  }

  function removeConflict(group) {
    group.querySelectorAll('[data-conflict]').forEach((panel) => panel.remove());
    group.classList.remove('govuk-form-group--error');
  }
}

const STATUS = { not_started: ['Not started', 'grey'], in_progress: ['In progress', 'light-blue'],
  submitted: ['Submitted', 'purple'], returned_for_rework: ['Returned for rework', 'orange'], accepted: ['Accepted', 'green'] };

// The case's status tag follows the first answer (not started becomes in progress).
function showStatus(status) {
  const tag = document.querySelector('[data-status-tag]');
  if (tag && STATUS[status]) {
    tag.textContent = STATUS[status][0];
    tag.className = 'govuk-tag govuk-tag--' + STATUS[status][1] + ' yj-heading-tag';
  }
}

function urlOf(group) {
  if (group.dataset.classifications !== undefined) {
    return group.dataset.classifications;
  }
  return group.dataset.answer !== undefined ? group.dataset.answer : group.dataset.evidence;
}

const LEVELS = { low: 'Low', medium: 'Medium', high: 'High', very_high: 'Very high' };

function checked(group, name) {
  const radio = group.querySelector('input[name="' + name + '"]:checked');
  return radio ? radio.value : null;
}

function agreement(value) {
  return value === null ? null : value === 'yes';
}

// The four classifications are saved together, as the API takes them.
function classification(group) {
  return {
    riskOfSeriousHarm: checked(group, 'j:rosh'),
    riskOfSeriousHarmAgreesWithService: agreement(checked(group, 'j:rosh:agrees')),
    safetyWellbeing: checked(group, 'j:sw'),
    safetyWellbeingAgreesWithService: agreement(checked(group, 'j:sw:agrees')),
  };
}

function evidence(note, good) {
  return { note: note.value, goodPracticeExample: good.checked };
}

function revision(group) {
  return Number(group.querySelector('[data-revision]').value) || 0;
}

function setRevision(group, value) {
  if (typeof value === 'number') {
    group.querySelector('[data-revision]').value = String(value);
  }
}

// The form's record of what is stored, so "Save and continue" does not send it again.
function setWas(group, body) {
  if ('riskOfSeriousHarm' in body) {
    return;
  }
  if ('answer' in body) {
    group.querySelector('[data-was]').value = body.answer || '';
  } else {
    group.querySelector('[data-was]').value = (body.note || '').trim();
    group.querySelector('[data-was-good]').value = String(!!body.goodPracticeExample);
  }
}

function showValue(group, body) {
  if ('riskOfSeriousHarm' in body) {
    const yesNo = (v) => (v === null || v === undefined ? null : (v ? 'yes' : 'no'));
    const want = { 'j:rosh': body.riskOfSeriousHarm, 'j:rosh:agrees': yesNo(body.riskOfSeriousHarmAgreesWithService),
      'j:sw': body.safetyWellbeing, 'j:sw:agrees': yesNo(body.safetyWellbeingAgreesWithService) };
    group.querySelectorAll('input[type=radio]').forEach((radio) => { radio.checked = radio.value === want[radio.name]; });
    return;
  }
  if ('answer' in body) {
    group.querySelectorAll('input[type=radio]:not([name^="c:"])').forEach((radio) => {
      radio.checked = radio.value === body.answer;
    });
  } else {
    group.querySelector('textarea').value = body.note || '';
    group.querySelector('input[type=checkbox]').checked = !!body.goodPracticeExample;
  }
}

function state(group, text, kind) {
  const region = group.querySelector('[data-save-state]');
  region.textContent = text;
  region.className = 'govuk-body-s yj-save-state yj-save-state--' + kind;
}

function words(body) {
  if ('riskOfSeriousHarm' in body) {
    return 'risk of serious harm ' + (LEVELS[body.riskOfSeriousHarm] || 'not given') + ', safety and wellbeing '
      + (LEVELS[body.safetyWellbeing] || 'not given');
  }
  if ('answer' in body) {
    return WORDS[body.answer || ''] || body.answer;
  }
  return (body.note || '(no note)') + (body.goodPracticeExample ? ' (good practice example)' : '');
}

function when(at) {
  if (!at) {
    return '';
  }
  const date = new Date(typeof at === 'number' ? at * 1000 : at);
  return Number.isNaN(date.getTime()) ? '' : ' on ' + date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

function strong(text) {
  const element = document.createElement('strong');
  element.textContent = text;
  return element;
}

function button(text, action) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'govuk-button';
  element.textContent = text;
  element.addEventListener('click', action);
  return element;
}

function warning(text) {
  const box = document.createElement('div');
  box.className = 'govuk-warning-text';
  const icon = document.createElement('span');
  icon.className = 'govuk-warning-text__icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '!';
  const body = document.createElement('strong');
  body.className = 'govuk-warning-text__text';
  const hidden = document.createElement('span');
  hidden.className = 'govuk-visually-hidden';
  hidden.textContent = 'Warning';
  body.append(hidden, ' ' + text);
  box.append(icon, body);
  return box;
}

function readQueue() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE_KEY) || '{}') || {};
  } catch (unreadable) {
    return {};
  }
}

function writeQueue(queue) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
}
