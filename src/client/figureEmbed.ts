import { sceneFor } from "../lib/sceneFor.ts";
import { figureStyle } from "../lib/figureStyle.ts";
import type { View } from "../lib/types.ts";
import { applyScene } from "./applyScene.ts";
import { figureFile } from "./figureFile.ts";

/** The address parameter that names the step a figure's embed page shows: embed/ukraine-map/?step=the-donbas. */
export const STEP_PARAM = "step";

/**
 * `<figure-embed>`: a figure's embed page. The build draws it in its key state; when the address
 * names another of its steps, this puts the figure in that step's scene (computed by the same
 * functions the build used), with that step's heading, description and link into the explainer.
 * A step it does not have leaves the key state.
 */
class FigureEmbed extends HTMLElement {
  connectedCallback() {
    const step = new URLSearchParams(location.search).get(STEP_PARAM);
    const alt = step ? [...this.querySelectorAll<HTMLElement>("[data-alt-for]")].find((p) => p.dataset.altFor === step) : undefined;
    if (!step || !alt) return;
    // The key state is not shown meanwhile, and the step's appears at once, not through a transition.
    const figure = this.querySelector<HTMLElement>(".figure")!;
    figure.classList.add("is-waiting", "is-instant");
    const shown = () => figure.classList.remove("is-waiting");
    void Promise.all([figureFile(this.dataset.index!), figureFile<Record<string, View>>(this.dataset.steps!)]).then(([{ index }, views]) => {
      const scene = sceneFor(views[step], index);
      applyScene(figure, figureStyle(index, scene, false, true));
      const emphasised = new Set(scene.labels.filter((l) => l.emphasis).map((l) => l.id));
      for (const label of figure.querySelectorAll<HTMLElement>(".label")) label.classList.toggle("is-emphasised", emphasised.has(label.dataset.id!));
      for (const p of this.querySelectorAll<HTMLElement>("[data-alt-for]")) p.hidden = p !== alt;
      this.querySelector("[data-slot=title]")!.textContent = alt.dataset.title!;
      document.title = alt.dataset.title!;
      this.querySelector<HTMLAnchorElement>("[data-slot=link]")!.href = `${this.dataset.explainer}#${step}`;
      shown();
      requestAnimationFrame(() => requestAnimationFrame(() => figure.classList.remove("is-instant")));
    }, shown);
  }
}

customElements.define("figure-embed", FigureEmbed);
