// True once the page's text has not changed for `quietMs` (polled by page.wait_for_function).
// Together with the network-quiet check in render.py, this is how we know that a body injected by
// script after load is really there, without a fixed sleep.
(quietMs) => {
  const body = document.body;
  const size = body ? body.textContent.length + body.getElementsByTagName("*").length : 0;
  const now = performance.now();
  const state = window.__tkSettle || (window.__tkSettle = { size: -1, since: now });
  if (size !== state.size) { state.size = size; state.since = now; return false; }
  // An empty page may be waiting for its script to fill it; one that stays empty four times as long is empty.
  return now - state.since >= (size > 0 ? quietMs : 4 * quietMs);
}
