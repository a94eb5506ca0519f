// Marks, in one pass over the live DOM, what a reader cannot see (data-tk-hidden) and what floats
// over the page (data-tk-fixed), numbers every element it visits (data-tk-id, so a decision made in
// Python can be drawn back on the page), then returns the document's HTML. Python reads that HTML
// with lxml; this is the only browser round trip extraction needs.
() => {
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "META", "LINK", "TITLE", "BR", "WBR", "HEAD"]);
  let hidden = 0, fixed = 0, next = 0;
  const walk = (parent) => {
    for (const el of parent.children) {
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || el.hasAttribute("data-tk-hidden")) continue;
      el.setAttribute("data-tk-id", String(next++));
      const style = getComputedStyle(el);
      if (style.display === "contents") { walk(el); continue; }
      const clipped = (style.overflow === "hidden" || style.overflowY === "hidden") &&
        el.getBoundingClientRect().height < 1 && el.textContent.trim() !== "";
      if (clipped || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
        el.setAttribute("data-tk-hidden", "");
        hidden++;
        continue;
      }
      if (style.position === "fixed" || style.position === "sticky") {
        el.setAttribute("data-tk-fixed", style.position);
        fixed++;
      }
      if (tag !== "SVG") walk(el);
    }
  };
  if (document.body) walk(document.body);
  const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
  return { html: doctype + document.documentElement.outerHTML, hidden, fixed };
}
