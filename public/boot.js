// Starts the app. An external module rather than Trunk's inline loader, so that a
// Content-Security-Policy without 'unsafe-inline' allows it.
import init from "./shenzhen-explorer.js";

// The reader's chosen theme, if any, before anything is drawn.
try {
  const theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch (_) {
  // Storage can be unavailable (private modes, sandboxed frames): the system theme applies.
}

init({ module_or_path: new URL("./shenzhen-explorer_bg.wasm", import.meta.url) }).catch((error) => {
  const shell = document.getElementById("shell-status");
  if (shell) shell.textContent = "The explorer could not start in this browser: " + error;
});
