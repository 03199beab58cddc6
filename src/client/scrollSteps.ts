import scrollama from "scrollama";

/**
 * Calls `onEnter` with a step's index when the step comes to the middle of the viewport: the only
 * module that knows scrollama. Scrollama's observers watch where each step is; after a jump they
 * may not have seen the page move (a followed link, a section laid out late, the address bar
 * growing), so `recheck` rebuilds them from where the page now is, and they report the step at the
 * middle. A step is reported once each time it becomes current, and only while it is at the middle.
 * Returns `recheck` and `stop`.
 */
export function observeSteps(steps: HTMLElement[], onEnter: (index: number) => void): { recheck: () => void; stop: () => void } {
  let current = -1;
  // A report can arrive after the page has moved on (a jump, a keyboard focus): a step is entered
  // only while it still spans the middle.
  const atMiddle = (step: HTMLElement) => {
    const { top, bottom } = step.getBoundingClientRect();
    return top <= innerHeight / 2 + 2 && bottom >= innerHeight / 2 - 2;
  };
  const scroller = scrollama();
  scroller.setup({ step: steps, offset: 0.5 }).onStepEnter(({ index }) => {
    if (index === current || !atMiddle(steps[index])) return;
    current = index;
    onEnter(index);
  });
  const recheck = () => scroller.resize();
  addEventListener("resize", recheck);
  return {
    recheck,
    stop: () => {
      removeEventListener("resize", recheck);
      scroller.destroy();
    },
  };
}
