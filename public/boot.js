// Starts the app. An external module rather than Trunk's inline loader, so that a
// Content-Security-Policy without 'unsafe-inline' allows it. (The theme and the choice
// between the prerendered page and the loading shell are made earlier, by the inline
// first-screen script, before anything is drawn.)
import init from "./shenzhen-explorer.js";

// The site's root is where this file is, whatever page (`fr/cities/`, say) loaded it: the app
// writes its addresses from here (src/app/url.rs).
window.__explorerRoot = new URL("./", import.meta.url).href;

// French and Chinese texts are not in the WebAssembly: each language's catalog is fetched
// when it is needed. The app asks through this function (src/app/catalog.rs), once per language.
const catalogs = new Map();
window.__explorerCatalog = (lang) => {
  if (!catalogs.has(lang)) {
    catalogs.set(lang, fetch(new URL(`./i18n/${lang}.txt`, import.meta.url)).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.text();
    }));
  }
  return catalogs.get(lang);
};

// Each figure's check against public pages, which the figures table shows: a file of its own
// (dist/checks.txt), fetched when the table first needs it (src/app/figures.rs); a failed
// fetch is tried again at the next need.
let checks = null;
window.__explorerChecks = () => {
  checks = checks || fetch(new URL("./checks.txt", import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return response.text();
  });
  return checks.catch((error) => {
    checks = null;
    throw error;
  });
};

// The language the page will open in, as the inlined first-screen script worked it out (the
// link's, else the browser's first one the app has): its catalog starts downloading now,
// beside the WebAssembly. Should the app decide otherwise (an old link, say), or that script
// not have run, the app fetches the one it needs before drawing.
const wanted = window.__openLang;
if (wanted && wanted !== "en") window.__explorerCatalog(wanted).catch(() => {});

// A printed page carries each headline card's details: a closed <details> prints closed in
// every engine, so they are opened for printing and closed again after.
addEventListener("beforeprint", () => {
  for (const details of document.querySelectorAll("details.card-more:not([open])")) {
    details.open = true;
    details.dataset.openedForPrint = "";
  }
});
addEventListener("afterprint", () => {
  for (const details of document.querySelectorAll("details[data-opened-for-print]")) {
    details.open = false;
    delete details.dataset.openedForPrint;
  }
});

// In a frame (an embedded chart), the page tells its host how tall it is whenever that
// changes, in the message AMP defined for embeds, which hosts' scripts already read; the
// explorer's own, embed.js, fits the frame to it. The height is no secret: any host may read it.
if (window.parent !== window && "ResizeObserver" in window) {
  let posted = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  }).observe(document.documentElement);
}

// Should the app's own code ever fail (a Rust panic: the WebAssembly stops at once, since it
// is built to abort without unwinding, which keeps it small), the page shows a readable panel
// with a link to the default view instead of going dead. Written here, in the language the
// page is in, because the WebAssembly cannot run anything after a panic.
const CRASH = {
  en: ["The explorer stopped because of an error in its own code.", "Nothing you did caused it. Reloading the default view usually helps.", "Open the default view"],
  fr: ["L'explorateur s'est arrêté à cause d'une erreur dans son propre code.", "Vous n'y êtes pour rien. Recharger la vue par défaut suffit en général.", "Ouvrir la vue par défaut"],
  zh: ["由于程序自身的错误，本工具已停止运行。", "这并非您的操作所致。重新加载默认视图通常即可恢复。", "打开默认视图"],
};
// Why the app did not start, in the page's language: its figures did not arrive, or the
// browser could not run it.
const CANNOT_START = {
  en: ["The explorer's figures could not be loaded ({0}). Reloading the page usually helps.", "The explorer could not start in this browser: {0}"],
  fr: ["Les chiffres de l'explorateur n'ont pas pu être chargés ({0}). Recharger la page suffit en général.", "L'explorateur n'a pas pu démarrer dans ce navigateur : {0}"],
  zh: ["未能加载本工具的数据（{0}）。重新加载页面通常即可恢复。", "本工具无法在此浏览器中启动：{0}"],
};
let crashed = false;
function showCrash(error) {
  if (crashed) return;
  crashed = true;
  console.error("The explorer stopped:", error);
  const [heading, advice, link] = CRASH[document.documentElement.lang.slice(0, 2)] || CRASH.en;
  const panel = document.createElement("div");
  panel.className = "panic-panel";
  panel.setAttribute("role", "alert");
  panel.dataset.testid = "panic-panel";
  for (const [tag, text] of [["h2", heading], ["p", advice], ["pre", String(error)]]) {
    const element = document.createElement(tag);
    element.textContent = text;
    panel.append(element);
  }
  const anchor = document.createElement("a");
  anchor.href = window.__explorerRoot;
  anchor.dataset.testid = "panic-default-view";
  anchor.textContent = link;
  panel.append(anchor);
  document.body.prepend(panel);
}
const isCrash = (error) => error instanceof WebAssembly.RuntimeError;
window.addEventListener("error", (event) => { if (isCrash(event.error)) showCrash(event.error); });
window.addEventListener("unhandledrejection", (event) => { if (isCrash(event.reason)) showCrash(event.reason); });

// Offline after the first visit: the service worker (sw.js) caches this build once the app has
// taken over and fetched its parts (src/app/parts.rs), so it costs the first screen and the
// parts nothing. Not inside a frame: a page that embeds a chart did not ask for a worker of ours.
function registerWorker() {
  if (!("serviceWorker" in navigator) || window.top !== window) return;
  // Registering again is a no-op, so a visit that a worker already serves also asks for a
  // newer build (the browser's own check on navigation may wait a day): a new deploy is
  // cached for offline use during the first visit after it, while that visit itself, online,
  // already gets it whole. A first visit's registration has just fetched the worker.
  const served = !!navigator.serviceWorker.controller;
  const register = () => navigator.serviceWorker.register(new URL("./sw.js", import.meta.url))
    .then((registration) => (served ? registration.update() : registration))
    .catch((error) => console.warn("Offline use is not available:", error));
  const fetched = () => document.documentElement.dataset.parts === "fetched";
  if (fetched()) return register();
  new MutationObserver((_, observer) => {
    if (fetched()) {
      observer.disconnect();
      register();
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-parts"] });
}

// The module the first-screen script has been compiling since the page's head was read;
// else (no script ran, or its request failed) the loader fetches and compiles it here.
const wasmUrl = new URL("./shenzhen-explorer_bg.wasm", import.meta.url);
const wasm = window.__wasm ? window.__wasm.catch(() => wasmUrl) : wasmUrl;
// A view pressed before the page was read is shown from its prerendered section before the
// app takes the main thread over (first-screen.js); 3 s at most, should that never happen.
const viewsReady = Promise.race([window.__viewsReady, new Promise((resolve) => setTimeout(resolve, 3000))]);
// The dataset, which the WebAssembly does not hold: the text the first-screen script has been
// fetching beside it, else fetched here. The app reads it as it starts (src/data/wire.rs).
const fetchData = () => fetch(new URL("./data.txt", import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
});
const data = window.__data ? window.__data.catch(fetchData) : fetchData();
const dataFailed = data.then(() => false, () => true);
viewsReady.then(() => data).then((text) => {
  window.__explorerData = text;
  return init({ module_or_path: wasm });
}).then(registerWorker, async (error) => {
  if (isCrash(error)) return showCrash(error);
  // Said where the reader is looking: in the loading shell, or over the prerendered chart,
  // which stays readable as a static page.
  const [noData, noStart] = CANNOT_START[document.documentElement.lang.slice(0, 2)] || CANNOT_START.en;
  const message = ((await dataFailed) ? noData : noStart).replace("{0}", String(error));
  for (const element of [document.getElementById("shell-status"), document.getElementById("still-loading")]) {
    if (element) {
      element.textContent = message;
      element.hidden = false;
    }
  }
});
