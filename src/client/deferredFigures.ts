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
const deferred = document.querySelectorAll("noscript.figure__deferred");
// A browser that cannot tell when the reader nears a figure draws every figure at once.
const observer =
  "IntersectionObserver" in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const noscript = waiting.get(entry.target);
            // (One revealed meanwhile, while the browser was idle or before printing, is gone.)
            if (!entry.isIntersecting || !noscript) continue;
            observer!.unobserve(entry.target);
            waiting.delete(entry.target);
            reveal(noscript);
          }
        },
        { rootMargin: "150% 0px" },
      )
    : undefined;

for (const noscript of deferred) {
  if (!observer) {
    reveal(noscript);
    continue;
  }
  const frame = noscript.parentElement!;
  waiting.set(frame, noscript);
  observer.observe(frame);
}

// Once the page has loaded, the rest follow one at a time whenever the browser is idle, so that
// their files are fetched and drawn before the reader scrolls to them, and not while they scroll
// (where a browser cannot say when it is idle, as Safari cannot, a fifth of a second apart).
const whenIdle = (task: () => void) => ("requestIdleCallback" in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));
const next = () => {
  const [frame, noscript] = waiting.entries().next().value ?? [];
  if (!frame || !noscript) return;
  observer?.unobserve(frame);
  waiting.delete(frame);
  reveal(noscript);
  whenIdle(next);
};
addEventListener("load", () => whenIdle(next), { once: true });

addEventListener("beforeprint", () => {
  for (const noscript of waiting.values()) reveal(noscript);
  waiting.clear();
  observer?.disconnect();
});
