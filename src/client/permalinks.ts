/**
 * "Link to this step/section" controls are plain anchors; with JavaScript they also copy the full
 * address to the clipboard and say so in a live region, in the words the page gives it.
 */
const announcer = document.getElementById("link-status");

document.addEventListener("click", async (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>("a[data-permalink]");
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute("href")!, location.href).href;
  history.replaceState(history.state, "", link.getAttribute("href"));
  try {
    await navigator.clipboard.writeText(url);
    if (announcer) announcer.textContent = announcer.dataset.copied ?? "";
  } catch {
    if (announcer) announcer.textContent = `${announcer.dataset.copyThis ?? ""} ${url}`;
  }
  link.classList.add("is-copied");
  setTimeout(() => link.classList.remove("is-copied"), 2000);
});

// An embed code names its pages by path; the reader copies it with the full address of this site.
for (const code of document.querySelectorAll<HTMLElement>("[data-embed-code]")) {
  const path = code.dataset.embedCode!;
  code.textContent = code.textContent!.replaceAll(`"${path}`, `"${new URL(path, location.href).href}`);
}

export {};
