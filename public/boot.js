// Starts the app. An external module rather than Trunk's inline loader, so that a
// Content-Security-Policy without 'unsafe-inline' allows it.
import init from "./shenzhen-explorer.js";

init({ module_or_path: new URL("./shenzhen-explorer_bg.wasm", import.meta.url) }).catch((error) => {
  const shell = document.getElementById("shell-status");
  if (shell) shell.textContent = "The explorer could not start in this browser: " + error;
});
