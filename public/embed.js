// For pages that embed the explorer's charts: fits each embedded chart's frame to its content.
// The chart's page posts its height to its parent whenever it changes (on load, when the host
// page's width changes, when the host gives the frame another view or language), in the
// message AMP defined for embeds, {sentinel: "amp", type: "embed-size", height}; this script
// sets the height of the frame that sent it. It reads only messages from the explorer's own
// frames (<iframe data-shenzhen-explorer>), sent from the origin of the frame's address.
// An external file, so hosts with a strict Content-Security-Policy can run it; without it,
// the frame keeps the snippet's fixed height.
(() => {
  if (window.__shenzhenExplorerEmbeds) return;
  window.__shenzhenExplorerEmbeds = true;
  addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.sentinel !== "amp" || data.type !== "embed-size") return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 50000) return;
    for (const frame of document.querySelectorAll("iframe[data-shenzhen-explorer]")) {
      if (frame.contentWindow !== event.source) continue;
      let origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (event.origin === origin) frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });
})();
