import { sceneFor } from "../lib/sceneFor.ts";
import { sceneStyle } from "../lib/sceneStyle.ts";
import type { FigureIndex, View } from "../lib/types.ts";
import { observeSteps } from "./scrollSteps.ts";

const indexes = new Map<string, FigureIndex>();
function figureIndex(id: string): FigureIndex {
  if (!indexes.has(id)) indexes.set(id, JSON.parse(document.getElementById(`index-${id}`)!.textContent!));
  return indexes.get(id)!;
}

/**
 * `<scrolly-story>`: upgrades a section whose steps each carry their own figure into a sticky figure
 * that moves from scene to scene as the reader scrolls. The scenes are computed here by the same
 * function the build used, so the sticky figure shows exactly what each step's own figure shows.
 */
class ScrollyStory extends HTMLElement {
  private stop?: () => void;

  connectedCallback() {
    const view = this.querySelector<HTMLElement>(".scrolly__figure .figure");
    const steps = [...this.querySelectorAll<HTMLElement>(".step")];
    if (!view || steps.length === 0) return;
    const figure = figureIndex(this.dataset.figure!);
    const base = `--fw:${figure.width};--fh:${figure.height};`;
    const scenes = steps.map((step) => base + sceneStyle(sceneFor(JSON.parse(step.dataset.view!) as View, figure)));

    const show = (index: number, instant: boolean) => {
      if (instant) view.classList.add("is-instant");
      view.setAttribute("style", scenes[index]);
      view.dataset.step = steps[index].id;
      steps.forEach((step, i) => step.classList.toggle("is-active", i === index));
      if (instant) requestAnimationFrame(() => requestAnimationFrame(() => view.classList.remove("is-instant")));
    };

    const stepInHash = () => steps.findIndex((step) => `#${step.id}` === decodeURIComponent(location.hash));
    const linked = stepInHash();
    show(Math.max(linked, 0), true);
    if (linked >= 0) steps[linked].scrollIntoView({ block: "center" });
    // A link to a step followed within the page: show that step's figure at once, as on load.
    window.addEventListener("hashchange", () => {
      const index = stepInHash();
      if (index < 0) return;
      show(index, true);
      steps[index].scrollIntoView({ block: "center" });
    });

    let ready = linked < 0;
    this.stop = observeSteps(steps, (index) => {
      // The first report after a deep link describes the linked step; skip animating to it again.
      if (!ready) {
        ready = true;
        if (index === linked) return;
      }
      // A report can arrive after the page has moved on (a jump, a keyboard focus): act on it only if
      // the step still spans the middle of the viewport.
      const { top, bottom } = steps[index].getBoundingClientRect();
      if (top > innerHeight / 2 + 2 || bottom < innerHeight / 2 - 2) return;
      show(index, false);
      history.replaceState(history.state, "", `#${steps[index].id}`);
    });
    // Keyboard readers move by focus, not by scrolling: bring the focused step to the trigger line,
    // so the figure and the scroll position agree.
    this.addEventListener("focusin", (event) => {
      const target = event.target as Element;
      const index = steps.findIndex((step) => step.contains(target));
      if (index < 0 || view.dataset.step === steps[index].id || !target.matches(":focus-visible")) return;
      show(index, false);
      steps[index].scrollIntoView({ block: "center" });
    });
  }

  disconnectedCallback() {
    this.stop?.();
  }
}

customElements.define("scrolly-story", ScrollyStory);
