// First look at a page after navigation, in one round trip: which site profile's template it is
// (the first fingerprint whose selectors all match; an empty one matches nothing: that profile is known by
// its host, and would otherwise claim every page), and what blocked.py needs to tell a challenge
// page from an article (title, the start of the visible text, how long that text is, which of the
// challenge selectors match).
({ fingerprints, selectors }) => {
  const body = document.body;
  const raw = body ? body.textContent.length : 0;
  // innerText lays the page out: only worth it on a short page, and a long one is no challenge page.
  const text = body && raw < 20000 ? body.innerText : "";
  return {
    // a profile with no fingerprint names no template (an empty list would match every page)
    profile: fingerprints.findIndex((list) => list.length > 0 && list.every((s) => document.querySelector(s))),
    title: document.title || "",
    text: text.slice(0, 3000),
    chars: body ? (raw < 20000 ? text.trim().length : raw) : 0,
    selectors: selectors.filter((s) => { try { return !!document.querySelector(s); } catch { return false; } }),
  };
}
