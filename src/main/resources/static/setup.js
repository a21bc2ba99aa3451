// The set-up link carries its one-time code after #, which no browser sends to the server:
// copy it into the form, then take it out of the address bar and the history.
const code = decodeURIComponent(window.location.hash.slice(1));
const field = document.getElementById('code');
if (code && field && !field.value) {
  field.value = code;
  history.replaceState(null, '', window.location.pathname);
}
