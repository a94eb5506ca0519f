// Init script (runs before the page's own scripts): keeps count of the work the page has in flight,
// so that the toolkit can stop waiting the moment the page is done instead of after a fixed quiet
// window. window.__tkPending() says what is still going on:
//   fetches  fetch() and XMLHttpRequest calls started and not finished (body read included)
//   timers   setTimeout callbacks of at most HORIZON ms not yet run; a timer armed by a timer armed by
//            a timer... (a polling loop, a clock) stops counting after a few links of the chain
//   loading  the document has not finished loading (scripts often start their work on `load`)
//   quietMs  ms since the DOM last changed or a request finished
(() => {
  if (window.__tkPending) return;
  const HORIZON = 2000; // ms: a timer further away than this is a carousel or a poll, not loading work
  const MAX_CHAIN = 3;
  let fetches = 0;
  let last = performance.now();
  let depth = 0; // chain depth of the timer callback running now
  const timers = new Map(); // id -> chain depth
  const touch = () => { last = performance.now(); };
  // Our wrappers print as the functions they wrap: a page that checks for native code sees native code.
  const disguise = (wrapper, real) => {
    Object.defineProperty(wrapper, "toString", { value: () => Function.prototype.toString.call(real) });
    return wrapper;
  };

  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  window.setTimeout = function (callback, delay, ...args) {
    const ms = Number(delay) || 0;
    const chain = depth + 1;
    let id;
    const wrapped = typeof callback === "function"
      ? function () {
        timers.delete(id);
        const outer = depth;
        depth = chain;
        try { return callback.apply(this, arguments); } finally { depth = outer; }
      }
      : callback;
    id = realSetTimeout.call(window, wrapped, delay, ...args);
    if (typeof callback === "function" && ms <= HORIZON && chain <= MAX_CHAIN) timers.set(id, chain);
    return id;
  };
  window.clearTimeout = function (id) {
    timers.delete(id);
    return realClearTimeout.call(window, id);
  };
  disguise(window.setTimeout, realSetTimeout);
  disguise(window.clearTimeout, realClearTimeout);

  const realFetch = window.fetch;
  if (realFetch) {
    window.fetch = function (...args) {
      fetches++;
      let settled = false;
      const done = () => { if (!settled) { settled = true; fetches--; touch(); } };
      let promise;
      try { promise = realFetch.apply(this, args); } catch (error) { done(); throw error; }
      // The page reads the body after the headers arrive: count the call as done once that read ends,
      // or shortly after the headers when nobody reads it.
      return promise.then((response) => {
        for (const name of ["json", "text", "arrayBuffer", "blob", "formData"]) {
          const read = response[name];
          response[name] = function () {
            const result = read.apply(response, arguments);
            result.then(done, done);
            return result;
          };
        }
        realSetTimeout.call(window, done, 50);
        return response;
      }, (error) => { done(); throw error; });
    };
    disguise(window.fetch, realFetch);
  }

  const realSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    fetches++;
    let settled = false;
    this.addEventListener("loadend", () => { if (!settled) { settled = true; fetches--; touch(); } });
    return realSend.apply(this, args);
  };
  disguise(XMLHttpRequest.prototype.send, realSend);

  // Text and elements, not attributes: a carousel that restyles itself forever is not loading anything.
  new MutationObserver(touch).observe(document, { childList: true, subtree: true, characterData: true });

  // The toolkit's isolated world (scroll.js) cannot see window.__tkPending: it asks with an event.
  document.addEventListener("__tk-busy", (event) => {
    if (fetches > 0 || timers.size > 0 || performance.now() - last < 30) event.preventDefault();
  });

  Object.defineProperty(window, "__tkPending", {
    value: () => ({
      fetches,
      timers: timers.size,
      loading: document.readyState !== "complete",
      quietMs: performance.now() - last,
    }),
    enumerable: false,
  });
})();
