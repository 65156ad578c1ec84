// Inlined into dist/index.html at build time (examples/prerender.rs), allowed by its hash in
// the page's Content-Security-Policy. It runs before the page is drawn and does three things:
// 1. applies the reader's remembered theme, so the first frame has the right colours;
// 2. shows the prerendered page only when it is what the app would show: the default link
//    (no query) in English (the browser's first language the app has, as the app decides).
//    Otherwise the loading shell stays until the app draws the linked view. The script reads
//    nothing else of the link, so it repeats none of the app's parsing;
// 3. notes presses on the prerendered controls before the app is ready, and says so; the
//    app applies them when it takes over (window.__pending), so none is lost;
// 4. starts compiling the WebAssembly as it downloads (window.__wasm, which the loader hands
//    to the app): the async loader runs only once the page is laid out and painted, and
//    compiling from here, on the browser's background threads, took that work off the
//    main thread and out of the wait for the first working control.
(function () {
  var root = document.documentElement;
  try {
    var theme = localStorage.getItem("theme");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  } catch (e) {
    // No storage (private modes, sandboxed frames): the system theme applies.
  }
  var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  var lang = "en";
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
    if (primary === "en" || primary === "fr" || primary === "zh") { lang = primary; break; }
  }
  // The loader reads it too, to start this reader's catalog download early.
  window.__readerLang = lang;
  if (location.search || lang !== "en") root.className += " hide-prerender";
  var pending = (window.__pending = []);
  function note(event) {
    var prerendered = document.getElementById("prerender");
    var target = event.target && event.target.closest ? event.target.closest("[data-key], [data-testid], [data-kind]") : null;
    if (!prerendered || !target || !prerendered.contains(target)) return;
    if (event.type === "click" && target.tagName === "SELECT") return;
    var key = target.getAttribute("data-key");
    if (event.type === "click" && key && target.tagName === "INPUT") return; // its change event says what changed
    if (event.type === "change" && !key) return;
    if (target.tagName === "A") event.preventDefault();
    pending.push({
      key: key,
      value: target.getAttribute("data-value") || (target.tagName === "SELECT" ? target.value : null),
      testid: target.getAttribute("data-testid"),
    });
    if (target.getAttribute("data-key") === "view") {
      var tabs = prerendered.querySelectorAll("[data-key=view]");
      for (var j = 0; j < tabs.length; j++) tabs[j].setAttribute("aria-pressed", String(tabs[j] === target));
    }
    var status = document.getElementById("still-loading");
    if (status) status.hidden = false;
  }
  document.addEventListener("click", note, true);
  document.addEventListener("change", note, true);
  // The WebAssembly's only request (no <link rel=preload> beside it: WebKit did not match
  // one to this fetch and downloaded the file twice). The loader falls back to its own
  // request should this fail (a host that serves the wrong type, say).
  if (window.WebAssembly && WebAssembly.compileStreaming && window.fetch) {
    window.__wasm = WebAssembly.compileStreaming(fetch("./shenzhen-explorer_bg.wasm"));
    window.__wasm["catch"](function () {});
  }
})();
