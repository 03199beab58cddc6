import scrollama, { type DecimalType } from "scrollama";

/**
 * Calls `onEnter` with a step's index when the step comes to the trigger line (`trigger`, a share of
 * the viewport's height from the top, to a tenth; the middle by default): the only
 * module that knows scrollama. Scrollama's observers watch where each step is; after a jump they
 * may not have seen the page move (a followed link, a section laid out late, the address bar
 * growing), so `recheck` rebuilds them from where the page now is, and they report the step at the
 * line. A step is reported once each time it becomes current, and only while it spans the line.
 * Returns `recheck` and `stop`.
 */
export function observeSteps(steps: HTMLElement[], onEnter: (index: number) => void, trigger = 0.5): { recheck: () => void; stop: () => void } {
  let current = -1;
  // Scrollama takes its offset in tenths: the check below must use the same line.
  const offset = (Math.round(trigger * 10) / 10) as DecimalType;
  // A report can arrive after the page has moved on (a jump, a keyboard focus): a step is entered
  // only while it still spans the trigger line.
  const atMiddle = (step: HTMLElement) => {
    const { top, bottom } = step.getBoundingClientRect();
    return top <= innerHeight * offset + 2 && bottom >= innerHeight * offset - 2;
  };
  const scroller = scrollama();
  scroller.setup({ step: steps, offset }).onStepEnter(({ index }) => {
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
