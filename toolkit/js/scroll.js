// Scrolls the page to the bottom one screen at a time so that lazy paragraphs and images load,
// then back to the top. Bounded: at most `maxSteps` screens.
async (maxSteps) => {
  const pause = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 40)));
  let steps = 0;
  for (let y = 0; y < document.documentElement.scrollHeight && steps < maxSteps; y += window.innerHeight) {
    window.scrollTo(0, y);
    steps++;
    await pause();
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
  await pause();
  window.scrollTo(0, 0);
  return steps;
}
