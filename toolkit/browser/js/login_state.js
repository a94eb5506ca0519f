// After a login form was submitted: is a password field still visible, and is an error shown?
() => {
  const visible = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const form = [...document.querySelectorAll("input[type=password]")].some(visible);
  const ERROR_BOX = /(error|alert|invalid|warning|gagal|salah|notice|message)/i;
  const ERROR_TEXT = /(salah|gagal|tidak (valid|cocok|sesuai|terdaftar)|invalid|incorrect|wrong|failed|not match|tidak dikenal)/i;
  let error = null;
  for (const el of document.querySelectorAll("[role=alert], .error, .alert, [class*=rror], [class*=alert], [id*=rror], p, div, span, li")) {
    const label = `${el.className} ${el.id} ${el.getAttribute("role") || ""}`;
    const text = (el.innerText || "").trim();
    if (!text || text.length > 200 || !visible(el)) continue;
    if ((ERROR_BOX.test(label) && text) || (ERROR_TEXT.test(text) && el.children.length === 0)) { error = text; break; }
  }
  return { form, error };
}
