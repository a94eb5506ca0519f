// Keeps a saved page where it is: every navigation its own scripts start (location.href = ...,
// location.replace, reload, a meta refresh, a form submitted) is cancelled through the Navigation
// API before any request is made, so the document, its parser and its load events are untouched.
// Same-document changes (#hash, history.pushState) go ahead. Each blocked navigation is said on the
// console, which the caller reads. Runs as an init script, before the page's own.
if (window.navigation) {
  navigation.addEventListener("navigate", (event) => {
    if (event.cancelable && !event.destination.sameDocument) {
      event.preventDefault();
      console.debug("toolkit: navigation blocked " + event.destination.url);
    }
  });
}
