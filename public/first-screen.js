// Inlined into dist/index.html at build time (examples/prerender.rs), allowed by its hash in
// the page's Content-Security-Policy. It runs before the page is drawn and does four things:
// 1. applies the reader's remembered theme, so the first frame has the right colours; an
//    embedded chart takes the one its link names (theme=light|dark, which the page that
//    embeds it chose), else the system's;
// 2. shows the prerendered page only when it is what the app would show: the default link
//    (no query) in English (the browser's first language the app has, as the app decides),
//    in French or Chinese for readers of those (fetched), or another charted view whose link
//    is, whole, the one the build wrote for it. Otherwise the loading shell stays until the
//    app writes the linked view's page in its place. The script reads nothing else of the
//    link, so it repeats none of the app's parsing;
// 3. notes presses on the prerendered controls before the app is ready; the app applies them
//    when it adopts the page (window.__pending), so none is lost; once it has, this script
//    notes nothing more. A view tab works at once: the
//    build wrote each charted view's section into the page (page::other_views), which is
//    swapped in, and the address set to the one the build wrote beside it. Any other press
//    says the page is still loading;
// 4. starts compiling the WebAssembly as it downloads, after the first frame (window.__wasm,
//    which the loader hands to the app): the async loader runs only once the page is laid
//    out and painted, and compiling from here, on the browser's background threads, took
//    that work off the main thread.
(function () {
  var root = document.documentElement;
  if (/(?:^[?]|&)embed=1(?:&|$)/.test(location.search)) {
    var embedTheme = /(?:^[?]|&)theme=(light|dark)(?:&|$)/.exec(location.search);
    if (embedTheme) root.setAttribute("data-theme", embedTheme[1]);
  } else {
    try {
      var theme = localStorage.getItem("theme");
      if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    } catch (e) {
      // No storage (private modes, sandboxed frames): the system theme applies.
    }
  }
  var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  var lang = "en";
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
    if (primary === "en" || primary === "fr" || primary === "zh") { lang = primary; break; }
  }
  if (location.search || lang !== "en") root.className += " hide-prerender";
  // The language the app will open in: the link's, else the reader's. The loading shell
  // speaks it, and the loader starts downloading its texts early (window.__openLang).
  var linkLang = /(?:^[?]|&)lang=(en|fr|zh)(?:&|$)/.exec(location.search);
  window.__openLang = linkLang ? linkLang[1] : lang;
  root.setAttribute("data-shell", window.__openLang);
  var pending = (window.__pending = []);
  function note(event) {
    if (root.getAttribute("data-app") === "ready") return; // the app has adopted the page
    var prerendered = document.getElementById("prerender");
    var target = event.target && event.target.closest ? event.target.closest("[data-key], [data-testid], [data-kind]") : null;
    if (!prerendered || !target || !prerendered.contains(target)) return;
    if (event.type === "click" && target.tagName === "SELECT") return;
    var key = target.getAttribute("data-key");
    if (event.type === "click" && key && target.tagName === "INPUT") return; // its change event says what changed
    if (event.type === "change" && !key) return;
    if (target.tagName === "A") event.preventDefault();
    var value = target.getAttribute("data-value") || (target.tagName === "SELECT" ? target.value : null);
    pending.push({ key: key, value: value, testid: target.getAttribute("data-testid") });
    if (key === "view" && showView(value)) return;
    if (key === "view") {
      showOnceRead();
      var tabs = prerendered.querySelectorAll("[data-key=view]");
      for (var j = 0; j < tabs.length; j++) tabs[j].setAttribute("aria-pressed", String(tabs[j] === target));
    }
    stillLoading();
  }
  function stillLoading() {
    var status = document.getElementById("still-loading");
    if (status) status.hidden = false;
  }
  // The other views' sections (page::other_views), which the build wrote into the page as
  // the text of scripts that nothing runs, one per view, each parsed when its tab is first
  // pressed once the parser is past it. A view pressed earlier is shown as soon as its
  // section has been read, and at the latest when the page has; the loader starts the app
  // only after that frame (window.__viewsReady), as the app's takeover then holds the main
  // thread for 100-200 ms on a slow phone.
  var sections = {}; // views already built (shown once, or built from their text), by key
  var addresses = {};
  var shownView = null; // the view on screen, read from the build's pressed tab at first use
  var swapped = false;
  // Shows the last view pressed, if it is not on screen yet and its section can be built.
  function showPending() {
    var latest = null;
    for (var i = 0; i < pending.length; i++) if (pending[i].key === "view") latest = pending[i].value;
    return latest !== null && latest !== shownView && showView(latest);
  }
  // A view pressed before its section has been read is shown as soon as it has been: the
  // parser is then still reading the rest of the page, for a while on a slow phone.
  var watching = null;
  function showOnceRead() {
    if (watching || document.readyState !== "loading" || !window.MutationObserver) return;
    watching = new MutationObserver(function () {
      if (showPending()) stopWatching();
    });
    watching.observe(document.documentElement, { childList: true, subtree: true });
  }
  function stopWatching() {
    if (watching) watching.disconnect();
  }
  // Once the page's first contents are on screen: the browser's paint timing says when they
  // were presented, which is after the frame's own callbacks have run. Looked for every 10 ms,
  // between the parser's tasks, rather than observed or at each frame: an observer's
  // callback, and the next frame, waited behind the parser, 240-350 ms after the paint on a
  // CPU slowed 4x. Without paint timing, the next frame.
  function painted() {
    return new Promise(function (shown) {
      if (!window.performance || !performance.getEntriesByName || !window.PerformanceObserver || (PerformanceObserver.supportedEntryTypes || []).indexOf("paint") < 0) return nextFrame().then(shown);
      (function look() {
        if (performance.getEntriesByName("first-contentful-paint").length > 0) shown();
        else setTimeout(look, 10);
      })();
    });
  }
  function nextFrame() {
    return new Promise(function (drawn) {
      requestAnimationFrame(function () { setTimeout(drawn, 0); });
    });
  }
  var read = new Promise(function (resolve) {
    if (document.readyState !== "loading") resolve();
    else document.addEventListener("DOMContentLoaded", resolve);
  });
  // The page a link asks for, as the app writes links: a language at its end ("&lang=fr",
  // as Copy link writes it), else the reader's; and the rest of the address, "" for the
  // default view. The rest is only ever compared whole with the addresses the build wrote
  // beside each prerendered view, so nothing of it is parsed here; a link matching none
  // keeps the loading shell until the app draws it.
  var suffix = /&lang=(en|fr|zh)$/.exec(location.search);
  var pageLang = suffix ? suffix[1] : lang;
  var wanted = suffix ? location.search.slice(0, -suffix[0].length) : location.search;
  if (/^[?]v=\d+$/.test(wanted)) wanted = ""; // the default view, as Copy link writes it with a language
  // Addresses for a page in another language than the reader's say which, as the app's do
  // ("?v=2&lang=fr" for the default view: the format's version as the build wrote it).
  function address(query) {
    if (pageLang === lang) return query;
    var any = document.querySelector("#prerender script[data-query]");
    return (query || (any ? any.getAttribute("data-query").split("&")[0] : "")) + "&lang=" + pageLang;
  }
  // Shows the view the link asks for, once its section has been read. True if there is one.
  function showLinked() {
    if (wanted === "") return true;
    var sources = document.querySelectorAll("#prerender script[data-query]");
    for (var i = 0; i < sources.length; i++) {
      if (sources[i].getAttribute("data-query") === wanted) return showView(sources[i].id.replace("prerender-", ""), true);
    }
    return false;
  }
  function reveal() {
    root.className = root.className.replace(" hide-prerender", "");
  }
  // French and Chinese: the build wrote the default page and its views in each language
  // into a file of its own (examples/prerender.rs renames these to the files' names with
  // their digests), fetched for a page in that language only and put in place of the
  // English one once the page has been read. Until then, and should it not arrive, the
  // loading shell stays.
  var ownPages = { fr: "./prerender-fr.html", zh: "./prerender-zh.html" };
  var ownPage = null;
  if (ownPages[pageLang] && window.fetch) {
    ownPage = fetch(ownPages[pageLang]).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (text) {
      return text && read.then(function () {
        var holder = document.createElement("template");
        holder.innerHTML = text;
        var page = holder.content.getElementById("prerender");
        var english = document.getElementById("prerender");
        if (!page || !english) return;
        english.replaceWith(page);
        if (!showLinked()) return;
        root.setAttribute("lang", pageLang === "zh" ? "zh-Hans" : pageLang);
        reveal();
        return nextFrame();
      });
    })["catch"](function () {});
  }
  // An English page for a link: the one in this page, once it has been read.
  var linked = pageLang === "en" && location.search !== "";
  if (!/hide-prerender/.test(root.className) || ownPage || linked) {
    window.__viewsReady = Promise.all([ownPage, read]).then(function () {
      stopWatching();
      if (linked && showLinked()) reveal();
      showPending();
      // The view pressed (or linked) is drawn before the app takes the main thread over.
      if (swapped) return nextFrame();
    });
  }
  // Puts `view`'s section where the shown one is, keeping that one for a press back, and
  // sets the address (unless `keepAddress`: the address is the link). False when there is
  // none for it (yet).
  function showView(view, keepAddress) {
    var section = document.querySelector("#prerender .explore");
    if (!section) return false;
    if (shownView === null) {
      var built = section.querySelector("[data-key=view][aria-pressed=true]");
      shownView = built ? built.getAttribute("data-value") : "";
    }
    if (view === shownView) return true;
    var next = sections[view];
    var source = document.getElementById("prerender-" + view);
    if (!next && source && (source.nextSibling || document.readyState !== "loading")) {
      var holder = document.createElement("template");
      holder.innerHTML = source.textContent;
      next = holder.content.firstElementChild;
      addresses[view] = source.getAttribute("data-query");
    }
    if (!next || !shownView) return false;
    var focused = section.contains(document.activeElement);
    swapped = true;
    // Kept as built: a press with no section yet may have marked another tab and the note.
    var tabs = section.querySelectorAll("[data-key=view]");
    for (var i = 0; i < tabs.length; i++) tabs[i].setAttribute("aria-pressed", String(tabs[i].getAttribute("data-value") === shownView));
    var status = section.querySelector("#still-loading");
    if (status) status.hidden = true;
    sections[shownView] = section;
    // The page as built is the plain link's.
    if (!(shownView in addresses)) addresses[shownView] = "";
    shownView = view;
    section.replaceWith(next);
    try {
      if (!keepAddress) history.replaceState(history.state, "", address(addresses[view]) || location.pathname);
    } catch (e) {
      // A sandboxed frame may refuse; the app writes the address once it has adopted the page.
    }
    var tab = next.querySelector("[data-key=view][data-value=" + view + "]");
    if (focused && tab) tab.focus();
    for (var j = 0; j < pending.length; j++) if (pending[j].key !== "view") stillLoading();
    return true;
  }
  document.addEventListener("click", note, true);
  document.addEventListener("change", note, true);
  // The WebAssembly's only request (no <link rel=preload> beside it: WebKit did not match
  // one to this fetch and downloaded the file twice), made once the page has been read and
  // its first contents are on screen: its download and compile feed the main thread, and
  // made at once they held the page's first layouts back, so the first switch came 50 ms
  // later (and every control no sooner); made before the first paint was presented, it
  // counted in Lighthouse's simulated largest paint (2,050 ms; 1,120 after it).
  // The loader falls back to its own request should this fail (a host that serves the wrong
  // type, say).
  if (window.WebAssembly && WebAssembly.compileStreaming && window.fetch) {
    window.__wasm = new Promise(function (go) {
      // A page in a background tab draws no frame until it is shown: nothing to wait for.
      if (document.visibilityState === "hidden") return go();
      document.addEventListener("visibilitychange", go);
      painted().then(go);
      // A frame the browser never draws (a cross-origin embed scrolled out of view, whose
      // rendering is paused) reports no paint: the app starts all the same.
      setTimeout(go, 2000);
    }).then(function () {
      return WebAssembly.compileStreaming(fetch("./shenzhen-explorer_bg.wasm"));
    });
    window.__wasm["catch"](function () {});
  }
})();
