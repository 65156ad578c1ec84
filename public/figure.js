// A figure's page (src/page/figure_page.rs): each copy button copies its field's text. A
// field's value has its line ends made LF; RIS wants CRLF, so its copy gets them back. Where
// the page may not write to the clipboard (not a secure context, or refused), the status line
// says to copy by hand, and the field's text is selected.
const status = document.querySelector("[data-testid=figure-status]");
// Built without the site's public address, the texts name this page relative to the site's
// root: they name it in full, from where the page is.
const cite = document.querySelector(".figure-cite[data-relative]");
if (cite) {
  const relative = cite.dataset.relative;
  const absolute = new URL(cite.dataset.back + relative, location.href).href;
  for (const field of cite.querySelectorAll("textarea")) field.value = field.value.split(relative).join(absolute);
}
document.addEventListener("click", async (event) => {
  const button = event.target.closest("button[data-copy]");
  if (!button || !status) return;
  const field = document.getElementById(button.dataset.copy);
  const text = field.id === "cite-ris" ? field.value.replace(/\r?\n/g, "\r\n") : field.value;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = status.dataset.done;
  } catch {
    field.select();
    status.textContent = status.dataset.byHand;
  }
});
