import { sceneFor } from "../lib/sceneFor.ts";
import { figureStyle } from "../lib/figureStyle.ts";
import { applyScene } from "./applyScene.ts";
import { figureFile, type FigureFile } from "./figureFile.ts";
import { DAY_PARAM } from "./dayParam.ts";

/** How long the reader must rest on a day before it is announced and written into the address. */
const SETTLE_MS = 400;

/**
 * `<date-map>`: the map of the front on a day the reader picks with a range input or the buttons of
 * the days of the talks. The states come from one JSON file, fetched once when the reader nears the
 * map (or at once when the address names a day); each state's scene is computed by the same
 * functions the build used to draw the map, so the figure changes with the page's transitions. The
 * words beside it, written at build for every day, change with it; once the reader settles on a
 * day, it is announced and goes into the address.
 */
class DateMap extends HTMLElement {
  private data?: Promise<FigureFile>;
  private range!: HTMLInputElement;
  private settle?: ReturnType<typeof setTimeout>;
  private wired = false;

  connectedCallback() {
    if (this.wired) return;
    this.wired = true;
    this.range = this.querySelector<HTMLInputElement>("[data-date-control]")!;
    this.range.addEventListener("input", () => void this.choose(Number(this.range.value), true));
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-state]")) {
      button.addEventListener("click", () => void this.choose(Number(button.dataset.state), true));
    }
    const days = this.range.dataset.days!.split(" ");
    const asked = new URLSearchParams(location.search).get(DAY_PARAM);
    const linked = days.indexOf(asked ?? "");
    if (linked >= 0) {
      // The layout does not wait for the data: bring the map into view at once.
      const anchor = this.closest<HTMLElement>(".date-map");
      // In an embed page the host page must not move: its iframe already shows the map.
      const embedded = document.documentElement.classList.contains("embed");
      if (anchor && !embedded && (!location.hash || location.hash === `#${anchor.id}`)) anchor.scrollIntoView({ block: "start" });
      void this.choose(linked, false);
      return;
    }
    if (asked !== null) {
      // A day the map does not have: say nothing about it in the address either.
      const address = new URL(location.href);
      address.searchParams.delete(DAY_PARAM);
      history.replaceState(history.state, "", address);
    }
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        void this.load();
      },
      { rootMargin: "100% 0px" },
    );
    near.observe(this);
  }

  private load(): Promise<FigureFile> {
    if (!this.data) {
      this.data = figureFile(this.dataset.file!);
      // Without the states the control cannot move the map: show the small multiples instead.
      this.data.catch(() => this.closest(".date-map")?.classList.add("date-map--static"));
    }
    return this.data;
  }

  private field(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  }

  /** Shows state `index`; `chosen` when the reader picked it, so that it is announced and written into the address. */
  private async choose(index: number, chosen: boolean) {
    this.range.value = String(index);
    const { index: figure, states = [] } = await this.load();
    // A later choice may have overtaken this one while the file loaded.
    if (Number(this.range.value) !== index) return;
    const { id, view, panel } = states[index];
    const shown = this.querySelector<HTMLElement>(".figure")!;
    // A day a link names appears at once; a day the reader picks, through the page's transitions.
    if (!chosen) shown.classList.add("is-instant");
    // The shown map carries only the labels its scenes share: no switches for labels or legend.
    applyScene(shown, figureStyle(figure, sceneFor(view, figure), false, false));
    if (!chosen) requestAnimationFrame(() => requestAnimationFrame(() => shown.classList.remove("is-instant")));
    this.range.setAttribute("aria-valuetext", panel.valueText);
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-state]")) {
      if (Number(button.dataset.state) === index) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
    const text: Record<string, string> = {
      heading: panel.heading,
      talks: panel.talks?.titles ?? "",
      held: panel.held,
      change: panel.change,
      "held-legend": panel.heldLegend,
      "gained-legend": panel.gainedLegend,
      "line-legend": panel.lineLegend,
      ...Object.fromEntries(panel.oblasts.map((o) => [`oblast-${o.id}`, o.share])),
    };
    for (const [name, value] of Object.entries(text)) {
      const slot = this.field(name);
      if (!slot) continue;
      if (name.endsWith("-legend")) {
        slot.hidden = value === "";
        slot.lastElementChild!.textContent = value;
      } else slot.textContent = value;
    }
    if (!chosen) return;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      // The control itself says the day and its talks; the status adds the figures.
      this.field("status")!.textContent = `${panel.held} ${panel.change}`;
      const address = new URL(location.href);
      address.searchParams.set(DAY_PARAM, id);
      address.hash = this.closest(".date-map")?.id ?? "";
      history.replaceState(history.state, "", address);
    }, SETTLE_MS);
  }
}

customElements.define("date-map", DateMap);
