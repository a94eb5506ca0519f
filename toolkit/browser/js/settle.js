// Polled by page.wait_for_function: true once the page is done. Every settle passes a new `token`,
// so its state starts fresh (a settle after scrolling must not inherit the quiet of the first one).
// With the init script (pending.js) there: done when no fetch/XHR is open, no short timer is due,
// the document has loaded and the DOM has not changed for `fastMs`. Without it (a page that replaced
// our hooks, a document written before they ran): the page's text must be still for `quietMs`.
({ token, fastMs, quietMs }) => {
  const now = performance.now();
  const body = document.body;
  const pending = typeof window.__tkPending === "function" ? window.__tkPending() : null;
  if (pending && body && body.firstElementChild) {
    return !pending.loading && pending.fetches === 0 && pending.timers === 0 && pending.quietMs >= fastMs;
  }
  const size = body ? body.textContent.length + body.getElementsByTagName("*").length : 0;
  let state = window.__tkSettle;
  if (!state || state.token !== token) state = window.__tkSettle = { token, size, since: now };
  if (size !== state.size) { state.size = size; state.since = now; }
  // An empty page may be waiting for its script to fill it; one that stays empty four times as long is empty.
  return now - state.since >= (size > 0 ? quietMs : 4 * quietMs);
}
