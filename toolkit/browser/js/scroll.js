// Scrolls to the real end of the page, one screen at a time so that every lazy block, loading=lazy
// image or iframe and IntersectionObserver sentinel comes into view for at least a frame. At the
// bottom it waits for what the page started (pending.js) and goes on while the document grows.
// Bounded by `maxHeight` px and `maxMs`: an endless feed stops there, and the result says so.
// Returns { steps, height, grew, stopped }: stopped is null, "height" or "time"; grew, whether the
// document got taller while we scrolled (a feed) rather than just being long. Then back to the top.
async ({ maxHeight, maxMs, waitMs }) => {
  const started = performance.now();
  const root = document.scrollingElement || document.documentElement;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // Runs in the toolkit's isolated world: pending.js (main world) answers through a cancelable event,
  // cancelled while the page has work in flight (a page that fakes it only costs waitMs).
  const busy = () => !document.dispatchEvent(new Event("__tk-busy", { cancelable: true }));
  // Lazy media need not wait for the scroll at all.
  for (const el of document.querySelectorAll("img[loading=lazy], iframe[loading=lazy]")) el.loading = "eager";
  for (const el of document.querySelectorAll("img[data-src], iframe[data-src], img[data-lazy-src]")) {
    const real = el.dataset.src || el.dataset.lazySrc;
    const src = el.getAttribute("src") || "";
    if (real && (!src || src.startsWith("data:") || /blank|placeholder|spacer|lazy/i.test(src))) el.src = real;
  }
  let steps = 0, stopped = null, y = root.scrollTop;
  const initial = root.scrollHeight;
  if (initial <= window.innerHeight * 1.2) return { steps, height: initial, grew: false, stopped };
  const step = Math.max(200, window.innerHeight * 0.9);
  for (;;) {
    while (y + window.innerHeight < root.scrollHeight) {
      if (y >= maxHeight) { stopped = "height"; break; }
      if (performance.now() - started >= maxMs) { stopped = "time"; break; }
      y = Math.min(y + step, root.scrollHeight - window.innerHeight);
      window.scrollTo(0, y);
      steps++;
      await frame();
    }
    if (stopped) break;
    // At the bottom: give the page what it asked for (a fetch, a short timer) before deciding it ended.
    const height = root.scrollHeight;
    const until = Math.min(performance.now() + waitMs, started + maxMs);
    await frame();
    while (busy() && root.scrollHeight === height && performance.now() < until) await sleep(20);
    if (root.scrollHeight <= height) break;
    if (performance.now() - started >= maxMs) { stopped = "time"; break; }
  }
  const height = root.scrollHeight;
  window.scrollTo(0, 0);
  return { steps, height, grew: height > initial, stopped };
}
