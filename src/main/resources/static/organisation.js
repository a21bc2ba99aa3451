// Progressive enhancement of the organisational delivery page (the forms work without it): a
// question's evidence is saved when the person leaves its box after changing it, without leaving
// the page. The form is posted as it would be without JavaScript; the page it leads to gives the
// record's new revision. Anything other than a save (a refused value, a change made meanwhile by
// someone else) is posted again as an ordinary form, so the page shows what stopped it.
for (const form of document.querySelectorAll('form[data-autosave]')) {
  const box = form.querySelector('textarea');
  const status = form.querySelector('[data-save-status]');
  if (!box || !status) continue;
  let sent = box.value;
  let pending = null;

  async function save() {
    status.textContent = 'Saving…';
    const body = new URLSearchParams(new FormData(form));
    const text = box.value;
    try {
      const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
      if (!response.ok || !response.redirected) {
        form.submit();
        return;
      }
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = [...page.querySelectorAll('form')].find(f => f.getAttribute('action') === form.getAttribute('action'));
      const revision = fresh && fresh.querySelector('input[name="baseRevision"]');
      if (revision) form.querySelector('input[name="baseRevision"]').value = revision.value;
      sent = text;
      status.textContent = 'Saved';
    } catch (offline) {
      status.textContent = 'Not saved: the connection was lost. Press the save button when it is back.';
    }
  }

  box.addEventListener('change', () => {
    if (box.value !== sent && !pending) pending = save().finally(() => { pending = null; });
  });
  // The save button while a save is on its way (leaving the box started it): wait for it, then
  // post only what it did not carry.
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (pending) await pending;
    if (box.value !== sent) pending = save().finally(() => { pending = null; });
  });
}
