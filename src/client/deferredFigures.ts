// The story's figures draw their shapes as the reader nears them. Each figure's <svg> waits in a
// <noscript class="figure__deferred"> (which a browser without JavaScript draws at once); this puts
// it in place when its figure comes within a screen and a half of the viewport (the opening's map
// right after the page is first drawn), when the browser is idle after the page has loaded, or
// before the page is printed, so the first screen waits for no SVG file.

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

// Once the page has loaded, the rest follow one at a time whenever the browser is idle, so that
// their files are fetched and drawn before the reader scrolls to them, and not while they scroll.
const next = () => {
  const [frame, noscript] = waiting.entries().next().value ?? [];
  if (!frame || !noscript) return;
  observer.unobserve(frame);
  waiting.delete(frame);
  reveal(noscript);
  requestIdleCallback(next, { timeout: 2000 });
};
addEventListener("load", () => requestIdleCallback(next, { timeout: 2000 }), { once: true });

addEventListener("beforeprint", () => {
  for (const noscript of waiting.values()) reveal(noscript);
  waiting.clear();
  observer.disconnect();
});
