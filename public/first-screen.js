// Inlined into dist/index.html at build time (examples/prerender.rs), allowed by its hash in
// the page's Content-Security-Policy. It runs before the page is drawn and does four things:
// 1. applies the reader's remembered theme, so the first frame has the right colours; an
//    embedded chart takes the one its link names (theme=light|dark, which the page that
//    embeds it chose), else the system's;
// 2. shows the prerendered page only when it is what the app would show: the page's own
//    address with no query, in the language it names, else (an address that names none) in
//    English for an English reader (the browser's first language the app has, as the app
//    decides), or fetched in French or Chinese for readers of those. Otherwise (a query:
//    options, an embed, an older link) the loading shell stays until the app writes the
//    linked view's page in its place. The script reads nothing else of the link, so it
//    repeats none of the app's parsing;
// 3. notes presses on the prerendered controls before the app is ready; the app applies them
//    when it adopts the page (window.__pending), so none is lost; once it has, this script
//    notes nothing more. A view tab works at once: the
//    build wrote each charted view's section into the page (page::other_views), which is
//    swapped in, and the address set to the one the build wrote beside it. Any other press
//    says the page is still loading;
// 4. starts compiling the WebAssembly as it downloads, at once for a link with a query, after
//    the first paint for a plain one (window.__wasm, which the loader hands to the app). Every
//    name it shares with the loader and the app is listed in src/handshake.rs; the why of its
//    choices is in docs/decisions.md.
(function () {
  var root = document.documentElement;
  // The page's address relative to the site's root, and the way back to that root, as the
  // build wrote them on <html> (examples/prerender.rs): the root is read now, since a view
  // pressed before the app is ready moves the address.
  var site = new URL(root.getAttribute("data-root") || "./", location.href).href;
  var pageAddress = root.getAttribute("data-address") || "";
  // Links to figures' pages name their target from the site's root (data-to): made absolute
  // in a part of the page shown at another address than the one it was written for.
  function linksFromRoot(container) {
    var links = container.querySelectorAll("a[data-to]");
    for (var k = 0; k < links.length; k++) links[k].setAttribute("href", site + links[k].getAttribute("data-to"));
  }
  // The languages the app has and the query keys read here are checked against the app's
  // (Lang::ALL, view_state::Setting) by src/handshake's tests.
  var langs = ["en", "fr", "zh"];
  var query = new URLSearchParams(location.search);
  function langOf(address) {
    var first = address.split("/")[0];
    return address.indexOf("/") > 0 && langs.indexOf(first) >= 0 ? first : null;
  }
  var named = langOf(pageAddress);
  // The head's links (icon, manifest, touch icon) made absolute as they resolve from this
  // address: once a view's address is set, the browser would look for them beside that one.
  var links = document.querySelectorAll("head link[href]");
  for (var l = 0; l < links.length; l++) links[l].setAttribute("href", links[l].href);
  if (query.get("embed") === "1") {
    var embedTheme = query.get("theme");
    if (embedTheme === "light" || embedTheme === "dark") root.setAttribute("data-theme", embedTheme);
  } else {
    try {
      var theme = localStorage.getItem("theme");
      if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    } catch (e) {
      // No storage (private modes, sandboxed frames): the system theme applies.
    }
  }
  // The rule is handshake::reader_lang's (src/handshake.rs), checked against the same cases.
  var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  var lang = "en";
  for (var i = 0; i < tags.length; i++) {
    var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
    if (langs.indexOf(primary) >= 0) { lang = primary; break; }
  }
  var plain = location.search === "";
  if (!plain || (!named && lang !== "en")) root.className += " hide-prerender";
  // The language the app will open in: the address's, else the query's, else the reader's.
  // The loading shell speaks it, and the loader starts downloading its texts early
  // (window.__openLang).
  var linkLang = query.get("lang");
  window.__openLang = named || (langs.indexOf(linkLang) >= 0 ? linkLang : lang);
  root.setAttribute("data-shell", window.__openLang);
  var pending = (window.__pending = []);
  function note(event) {
    if (root.getAttribute("data-app") === "ready") return; // the app has adopted the page
    var prerendered = document.getElementById("prerender");
    var target = event.target && event.target.closest ? event.target.closest("[data-key], [data-part], [data-kind]") : null;
    if (!prerendered || !target || !prerendered.contains(target)) return;
    if (event.type === "click" && target.tagName === "SELECT") return;
    var key = target.getAttribute("data-key");
    if (event.type === "click" && key && target.tagName === "INPUT") return; // its change event says what changed
    if (event.type === "change" && !key) return;
    if (target.tagName === "A") event.preventDefault();
    var value = target.getAttribute("data-value") || (target.tagName === "SELECT" ? target.value : null);
    pending.push({ key: key, value: value, part: target.getAttribute("data-part") });
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
  // The other views' sections (page::other_views), written into the page as the text of
  // scripts that nothing runs, each parsed when its tab is first pressed (docs/decisions.md,
  // "Other views in the page"). A view pressed early is shown once its section has been read;
  // the loader starts the app only after that frame (window.__viewsReady).
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
  // Once the page's first contents are on screen, by the browser's paint timing, looked for
  // every 10 ms between the parser's tasks (why: docs/decisions.md, "Asking for the
  // WebAssembly"). Without paint timing, the next frame.
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
  // The addresses the page's views were written for (data-address) leave the language out
  // where this address does: the reader's own.
  function ownAddress(address) {
    var own = langOf(address);
    return named || !own ? address : address.slice(own.length + 1);
  }
  function reveal() {
    root.className = root.className.replace(" hide-prerender", "");
  }
  // An address that names no language, for a French or Chinese reader: the same view's page
  // in that language, which the build wrote at the address that names it, is fetched and its
  // page put in place of the English one once this page has been read. Until then, and
  // should it not arrive, the loading shell stays. (Revalidated, never taken from the HTTP
  // cache as it is: a page from another build would not match this one's app.)
  var ownPage = null;
  if (plain && !named && lang !== "en" && window.fetch) {
    ownPage = fetch(site + lang + "/" + pageAddress, { cache: "no-cache" }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (text) {
      return text && read.then(function () {
        var holder = document.createElement("template");
        holder.innerHTML = text;
        var page = holder.content.getElementById("prerender");
        var english = document.getElementById("prerender");
        // Too late once the app has started (the loader waits 3 s at most): it owns the page.
        if (!page || !english || root.getAttribute("data-app") === "ready") return;
        linksFromRoot(page);
        english.replaceWith(page);
        root.setAttribute("lang", lang === "zh" ? "zh-Hans" : lang);
        reveal();
        return nextFrame();
      });
    })["catch"](function () {});
  }
  if (!/hide-prerender/.test(root.className) || ownPage) {
    window.__viewsReady = Promise.all([ownPage, read]).then(function () {
      stopWatching();
      showPending();
      // The view pressed is drawn before the app takes the main thread over.
      if (swapped) return nextFrame();
    });
  }
  // Puts `view`'s section where the shown one is, keeping that one for a press back, and
  // sets the address to that view's. False when there is none for it (yet).
  function showView(view) {
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
      addresses[view] = source.getAttribute("data-address");
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
    // The page as built is the page's own address's.
    if (!(shownView in addresses)) addresses[shownView] = pageAddress;
    shownView = view;
    linksFromRoot(next);
    section.replaceWith(next);
    try {
      history.replaceState(history.state, "", site + ownAddress(addresses[view]));
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
  // The WebAssembly's only request, and the dataset's (data.txt) beside it: made as the head
  // is read by a link with a query, whose first screen is the loading shell until the app has
  // written its page; by a plain link once its prerendered contents are on screen (why, with
  // what was measured: docs/decisions.md, "Asking for the WebAssembly"). The loader falls back
  // to its own requests should these fail (a host that serves the wrong type, say).
  if (window.fetch) {
    var onScreen = new Promise(function (go) {
      // A page in a background tab draws no frame until it is shown: nothing to wait for.
      if (!plain || document.visibilityState === "hidden") return go();
      document.addEventListener("visibilitychange", go);
      painted().then(go);
      // A frame the browser never draws (a cross-origin embed scrolled out of view, whose
      // rendering is paused) reports no paint: the app starts all the same.
      setTimeout(go, 2000);
    });
    if (window.WebAssembly && WebAssembly.compileStreaming) {
      window.__wasm = onScreen.then(function () {
        return WebAssembly.compileStreaming(fetch(site + "shenzhen-explorer_bg.wasm"));
      });
      window.__wasm["catch"](function () {});
    }
    window.__data = onScreen.then(function () {
      return fetch(site + "data.txt").then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.statusText);
        return response.text();
      });
    });
    window.__data["catch"](function () {});
  }
})();
