// The explorer's service worker: after a first visit, every link (any view, any language)
// opens with no network, each address with its own page. The build writes the two values below (examples/service_worker.rs):
// the build's version, a hash of every file it serves, and the list of those files.
//
// - Install: the whole build is cached in a cache named after its version, so the files in
//   one cache always belong together (file names are not hashed: a cache per build is what
//   keeps an old file from standing in for a new one of the same name).
// - Fetch: the network first, as without a worker, so an online visit always gets the
//   deploy as it is now, all from one build; the cache only when the network fails, and
//   then all from the one build this worker installed.
// - The app's parts sit at addresses named by their build's hash: from the cache first.
// - A figure's page is cached when visited, not at install.
// - Activate: older builds' caches are deleted.
// Only this site's own files are handled; nothing from other origins is cached.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `explorer-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // `reload`: from the server, not from the browser's HTTP cache of an older build.
      .then((cache) => cache.addAll(FILES.map((file) => new Request(new URL(file, self.registration.scope), { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("explorer-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  // A part of the app (`parts/<build's hash>/`, scripts/wasm.sh) never changes at its
  // address: from the cache when it is there, so a tab finds its own build's parts offline.
  if (url.pathname.includes("/parts/")) {
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
    return;
  }
  // A figure's page is not cached with the build (there are hundreds): it is kept when it is
  // visited, in this build's cache, and opens offline afterwards.
  if (request.mode === "navigate" && /\/figure\/[^/]+\/$/.test(pageOf(url))) {
    event.respondWith(
      fetch(request).then(async (response) => {
        if (response.ok) await caches.open(CACHE).then((cache) => cache.put(pageOf(url), response.clone()));
        return response;
      }).catch(async () => (await caches.open(CACHE).then((cache) => cache.match(pageOf(url)))) || Response.error()),
    );
    return;
  }
  event.respondWith(
    fetch(request).catch(async () => {
      const cache = await caches.open(CACHE);
      // A link is a page's address with a query: that page answers it, cached at its folder.
      // An address without its last slash is sent to the folder's, as hosts do: the page
      // finds the site's files from its folder.
      const page = pageOf(url);
      const cached = await cache.match(request.mode === "navigate" ? page : request, { ignoreSearch: true });
      if (cached && request.mode === "navigate" && new URL(page).pathname !== url.pathname && !url.pathname.endsWith("index.html")) {
        return Response.redirect(page + url.search, 301);
      }
      return cached || Response.error();
    }),
  );
});

// The folder whose page an address opens: `fr/cities/` for `fr/cities/index.html` (or for
// `fr/cities`, which some hosts redirect), as the pages are cached.
function pageOf(url) {
  const path = url.pathname.replace(/index\.html$/, "");
  return new URL(path.endsWith("/") ? path : `${path}/`, url.origin).href;
}
