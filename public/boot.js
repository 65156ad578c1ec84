// Starts the app. An external module rather than Trunk's inline loader, so that a
// Content-Security-Policy without 'unsafe-inline' allows it. (The theme and the choice
// between the prerendered page and the loading shell are made earlier, by the inline
// first-screen script, before anything is drawn.)
import init from "./shenzhen-explorer.js";

// French and Chinese texts are not in the WebAssembly: each language's catalog is fetched
// when it is needed. The app asks through this function (src/catalog.rs), once per language.
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

// The language the page will open in: the link's, else the browser's first one the app has.
// Its catalog starts downloading now, beside the WebAssembly; should the app decide
// otherwise (an old link, say), it fetches the one it needs before drawing.
const linked = new URLSearchParams(location.search).get("lang");
const browser = (navigator.languages || [navigator.language || ""]).map((tag) => String(tag).split(/[-_]/)[0].toLowerCase());
const wanted = [linked, ...browser].find((l) => l === "en" || l === "fr" || l === "zh") || "en";
if (wanted !== "en") window.__explorerCatalog(wanted).catch(() => {});

init({ module_or_path: new URL("./shenzhen-explorer_bg.wasm", import.meta.url) }).catch((error) => {
  // Said where the reader is looking: in the loading shell, or over the prerendered chart,
  // which stays readable as a static page.
  const message = "The explorer could not start in this browser: " + error;
  for (const id of ["shell-status", "still-loading"]) {
    const element = document.getElementById(id);
    if (element) {
      element.textContent = message;
      element.hidden = false;
    }
  }
});
