// Consent overlay: the page stays locked until the reader agrees.
document.querySelector(".consentAccept").addEventListener("click", function () {
  document.getElementById("cookie-consent").remove();
  document.body.style.overflow = "";
});
// The closing paragraphs load only when the end of the story scrolls into view.
(function () {
  var slot = document.getElementById("more-paragraphs");
  var seen = false;
  new IntersectionObserver(function (entries, observer) {
    if (seen || !entries.some(function (e) { return e.isIntersecting; })) return;
    seen = true;
    observer.disconnect();
    fetch("/api/lazy/" + slot.getAttribute("data-article"))
      .then(function (r) { return r.json(); })
      .then(function (data) {
        data.paragraphs.forEach(function (text) {
          var p = document.createElement("p");
          p.textContent = text;
          slot.appendChild(p);
        });
      });
  }).observe(slot);
})();
