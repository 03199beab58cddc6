import scrollama from "scrollama";

/**
 * Calls `onEnter` with a step's index when the step comes to span the middle of the viewport. The
 * only module that knows scrollama. Scrollama's observers can miss a step reached by a jump (a link,
 * a section that was laid out late), so after each scroll the step at the middle is checked too; a
 * step is reported once each time it becomes current. The trigger line is recomputed when the window
 * changes size (mobile browser chrome, rotation, zoom). Returns a function that stops observing.
 */
export function observeSteps(steps: HTMLElement[], onEnter: (index: number) => void): () => void {
  let current = -1;
  const atMiddle = (step: HTMLElement) => {
    const { top, bottom } = step.getBoundingClientRect();
    return top <= innerHeight / 2 + 2 && bottom >= innerHeight / 2 - 2;
  };
  // A report can arrive after the page has moved on (a jump, a keyboard focus): a step is entered
  // only if it still spans the middle, and only once each time it becomes current.
  const enter = (index: number) => {
    if (index === current || !atMiddle(steps[index])) return;
    current = index;
    onEnter(index);
  };
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: 0.5 }).onStepEnter(({ index }) => enter(index));

  let queued = false;
  const check = () => {
    queued = false;
    const index = steps.findIndex(atMiddle);
    if (index >= 0) enter(index);
  };
  const onScroll = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(check);
    }
  };
  const resize = () => scroller.resize();
  addEventListener("scroll", onScroll, { passive: true });
  addEventListener("resize", resize);
  // The reader may already be on a step when observing starts.
  check();
  return () => {
    removeEventListener("scroll", onScroll);
    removeEventListener("resize", resize);
    scroller.destroy();
  };
}
