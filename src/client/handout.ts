/**
 * A printable handout: its address is written out in full (the build knows only the path), its
 * print button works, and its data tables open, on screen and in print, so they are printed too.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-absolute]")) link.textContent = link.href;
for (const details of document.querySelectorAll<HTMLDetailsElement>("details:not(.embed-code)")) details.open = true;
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => print());
}
