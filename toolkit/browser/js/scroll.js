// Scrolls the page to the bottom two screens at a time so that lazy paragraphs load (they wait
// for their placeholder to come into view), then back to the top. Bounded: at most `maxSteps` steps.
// A page that fits on about one screen is not scrolled at all.
async (maxSteps) => {
  if (document.documentElement.scrollHeight <= window.innerHeight * 1.2) return 0;
  const pause = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
  let steps = 0;
  for (let y = 0; y < document.documentElement.scrollHeight && steps < maxSteps; y += window.innerHeight * 2) {
    window.scrollTo(0, y);
    steps++;
    await pause();
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await pause();
  window.scrollTo(0, 0);
  return steps;
}
