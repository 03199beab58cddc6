// The story's figures draw their shapes as the reader nears them. Each figure's <svg> waits in a
// <noscript class="figure__deferred"> (which a browser without JavaScript draws at once); this puts
// it in place when its figure comes within a screen and a half of the viewport (the opening's map
// right after the page is first drawn), or before the page is printed, so the first screen waits
// for no SVG file and figures far below are fetched only if the reader goes there.

const reveal = (waiting: Element) => {
  if (!waiting.isConnected) return;
  waiting.insertAdjacentHTML("afterend", waiting.textContent ?? "");
  waiting.remove();
};

const waiting = new Map<Element, Element>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      reveal(waiting.get(entry.target)!);
      waiting.delete(entry.target);
    }
  },
  { rootMargin: "150% 0px" },
);

for (const noscript of document.querySelectorAll("noscript.figure__deferred")) {
  const frame = noscript.parentElement!;
  waiting.set(frame, noscript);
  observer.observe(frame);
}

addEventListener("beforeprint", () => {
  for (const noscript of waiting.values()) reveal(noscript);
  waiting.clear();
  observer.disconnect();
});
