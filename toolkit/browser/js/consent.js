// Gets consent and cookie overlays out of the way: clicks their accept button, and gives the page
// back its scrolling when an overlay had locked it. Returns what it clicked, for the record's notes.
() => {
  const BOX = /(consent|cookie|gdpr|cmp|privacy|persetujuan|kuki)/i;
  const YES = /^\s*(accept( all)?|agree|i agree|allow( all)?|ok(ay)?|got it|setuju|saya setuju|terima|izinkan|mengerti|lanjutkan|continue)\s*[.!]?\s*$/i;
  const clicked = [];
  const boxes = [...document.querySelectorAll("div, section, aside, dialog, form")].filter((el) => {
    const label = `${el.id} ${el.className} ${el.getAttribute("aria-label") || ""}`;
    const pos = getComputedStyle(el).position;
    return BOX.test(label) || ((pos === "fixed" || pos === "sticky") && BOX.test(el.textContent.slice(0, 400)));
  });
  for (const box of boxes) {
    for (const button of box.querySelectorAll("button, a, [role=button], input[type=button], input[type=submit]")) {
      const label = button.innerText || button.value || "";
      if (YES.test(label) && button.checkVisibility()) { button.click(); clicked.push(label.trim()); break; }
    }
  }
  for (const el of [document.documentElement, document.body]) {
    if (el && getComputedStyle(el).overflow === "hidden") el.style.setProperty("overflow", "auto", "important");
  }
  return clicked;
}
