// One pass over the live DOM, then the document's HTML: the only browser round trip extraction needs.
// Marks what a reader cannot see (data-tk-hidden) and what floats over the page (data-tk-fixed),
// numbers every element it visits (data-tk-id, so a decision made in Python can be drawn back on the
// page), and writes what only a browser knows as attributes lxml can read: each element's box on the
// page (data-tk-box="x,y,w,h", CSS pixels) and, where an element holds text itself, its font size
// and weight (data-tk-font="16,700"). All reads happen before any write, so layout is computed once;
// the walk uses its own stack, so a page nested thousands of levels deep cannot overflow it.
() => {
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "META", "LINK", "TITLE", "BR", "WBR", "HEAD"]);
  const sx = window.scrollX, sy = window.scrollY;
  const found = [];  // [element, "hidden" | "fixed" | "sticky" | "", box, font]
  const stack = document.body ? [...document.body.children].reverse() : [];
  while (stack.length) {
    const el = stack.pop();
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.hasAttribute("data-tk-hidden")) continue;
    const style = getComputedStyle(el);
    if (style.display === "contents") {
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
      continue;
    }
    const rect = el.getBoundingClientRect();
    const clipped = (style.overflow === "hidden" || style.overflowY === "hidden") &&
      rect.height < 1 && el.textContent.trim() !== "";
    if (clipped || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
      found.push([el, "hidden", null, null]);
      continue;
    }
    const position = style.position === "fixed" || style.position === "sticky" ? style.position : "";
    const box = rect.width || rect.height
      ? `${Math.round(rect.left + sx)},${Math.round(rect.top + sy)},${Math.round(rect.width)},${Math.round(rect.height)}`
      : null;
    let font = null;
    for (const node of el.childNodes) {
      if (node.nodeType === 3 && node.nodeValue.trim()) {
        font = `${Math.round(parseFloat(style.fontSize) || 0)},${style.fontWeight}`;
        break;
      }
    }
    found.push([el, position, box, font]);
    if (tag !== "SVG") for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  }
  let hidden = 0, fixed = 0;
  found.forEach(([el, state, box, font], index) => {
    el.setAttribute("data-tk-id", String(index));
    if (state === "hidden") { el.setAttribute("data-tk-hidden", ""); hidden++; return; }
    if (state) { el.setAttribute("data-tk-fixed", state); fixed++; }
    if (box) el.setAttribute("data-tk-box", box);
    if (font) el.setAttribute("data-tk-font", font);
  });
  const doctype = document.doctype ? "<!DOCTYPE html>\n" : "";
  return { html: doctype + document.documentElement.outerHTML, hidden, fixed };
}
