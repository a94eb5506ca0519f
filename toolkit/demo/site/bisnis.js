// The article body is not in the HTML: it arrives from the site's API after load, as on many
// news sites. A scraper that reads the HTML (or does not wait) sees an empty article.
(function () {
  var article = document.querySelector("article.detailsContent");
  var id = document.body.getAttribute("data-article");
  var page = document.body.getAttribute("data-page") || "1";
  // A cache-busting parameter, as real sites add: no two loads ask for the same URL.
  fetch("/api/body/" + id + "?page=" + page + "&_=" + Date.now(), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      article.innerHTML = data.html;
      article.removeAttribute("aria-busy");
      var login = article.querySelector(".paywall form");
      if (login) login.setAttribute("action", "/login?next=" + encodeURIComponent(location.pathname + location.search));
    });
})();
