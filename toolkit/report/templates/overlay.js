// Draws extraction's marks on the live page for `toolkit inspect`: one outlined, labelled box per element
// that mark.js numbered (data-tk-id) and extraction marked, on a layer above the page. Returns where each
// box is, in page coordinates, so that the HTML view can put hover areas on the screenshot. Runs in the
// toolkit's isolated world (toolkit/browser/world.py): the page's own globals cannot reach it.
({ marks, colours, order }) => {
  const layer = document.createElement("div");
  layer.id = "tk-inspect-layer";
  layer.style.cssText = "position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none;";
  document.documentElement.appendChild(layer);
  const boxes = [], labels = [];
  // A label that would cover one already placed moves right (a body and its first dropped block share a corner).
  const place = (label, x, y) => {
    const w = label.offsetWidth, h = label.offsetHeight;
    let left = x;
    for (let moved = true, tries = 0; moved && tries < 20; tries++) {
      moved = false;
      for (const o of labels) {
        if (left < o.x + o.w && o.x < left + w && y < o.y + o.h && o.y < y + h) { left = o.x + o.w + 4; moved = true; }
      }
    }
    labels.push({ x: left, y, w, h });
    return left - x;
  };
  const sorted = marks.map((m, i) => ({ ...m, n: i + 1 }))
    .sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  for (const m of sorted) {
    const el = document.querySelector(`[data-tk-id="${CSS.escape(m.id)}"]`);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const x = Math.round(r.left + window.scrollX), y = Math.round(r.top + window.scrollY);
    const w = Math.round(r.width), h = Math.round(r.height);
    const colour = colours[m.role] || "#6e7781";
    const box = document.createElement("div");
    box.style.cssText = `position:absolute;left:${x}px;top:${y}px;width:${w}px;height:${h}px;` +
      `outline:3px solid ${colour};outline-offset:-1px;background:${colour}14;box-sizing:border-box;`;
    const label = document.createElement("span");
    label.textContent = `${m.n} ${m.role}${m.reason ? ": " + m.reason : ""}`;
    label.style.cssText = `position:absolute;left:-1px;top:${y >= 16 ? -17 : 0}px;width:max-content;max-width:${Math.max(w, 240)}px;` +
      `overflow:hidden;white-space:nowrap;text-overflow:ellipsis;background:${colour};color:#fff;` +
      "font:600 11px/15px system-ui,sans-serif;padding:0 4px;border-radius:2px;letter-spacing:0;text-transform:none;";
    box.appendChild(label);
    layer.appendChild(box);
    const top = y >= 16 ? y - 17 : y;
    label.style.left = `${place(label, x, top) - 1}px`;
    boxes.push({ n: m.n, x, y, width: w, height: h });
  }
  window.scrollTo(0, 0);
  const doc = document.documentElement, body = document.body || doc;
  return {
    boxes,
    width: Math.max(doc.scrollWidth, body.scrollWidth),
    height: Math.max(doc.scrollHeight, body.scrollHeight),
  };
}
