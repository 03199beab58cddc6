import scrollama from "scrollama";

/**
 * Calls `onEnter` with a step's index when the step crosses the middle of the viewport. The only
 * module that knows scrollama; it recomputes its trigger line when the window changes size (mobile
 * browser chrome, rotation, zoom). Returns a function that stops observing.
 */
export function observeSteps(steps: HTMLElement[], onEnter: (index: number) => void): () => void {
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: 0.5 }).onStepEnter(({ index }) => onEnter(index));
  const resize = () => scroller.resize();
  window.addEventListener("resize", resize);
  return () => {
    window.removeEventListener("resize", resize);
    scroller.destroy();
  };
}
