import { sceneFor } from "../lib/sceneFor.ts";
import { figureStyle } from "../lib/figureStyle.ts";
import { figureFile, type FigureFile } from "./figureFile.ts";

/** The address parameter that names the day shown: ?date=2025-08-15#figure-anchor. */
const PARAM = "date";

/**
 * `<date-map>`: the map of the front on a day the reader picks with a range input or the buttons of
 * the days of the talks. The states come from one JSON file, fetched once when the reader nears the
 * map (or at once when the address names a day); each state's scene is computed by the same
 * functions the build used to draw the map, so the figure changes with the page's transitions. The
 * words beside it, written at build for every day, change with it, and the day goes into the address.
 */
class DateMap extends HTMLElement {
  private data?: Promise<FigureFile>;
  private range!: HTMLInputElement;

  connectedCallback() {
    this.range = this.querySelector<HTMLInputElement>("[data-date-control]")!;
    this.range.addEventListener("input", () => void this.choose(Number(this.range.value), true));
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-state]")) {
      button.addEventListener("click", () => void this.choose(Number(button.dataset.state), true));
    }
    const days = this.range.dataset.days!.split(" ");
    const linked = days.indexOf(new URLSearchParams(location.search).get(PARAM) ?? "");
    if (linked >= 0) {
      void this.choose(linked, false);
      return;
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

  /** Shows state `index`; `write` puts its day into the address, as a reader's choice does. */
  private async choose(index: number, write: boolean) {
    this.range.value = String(index);
    const { index: figure, states = [] } = await this.load();
    // A later choice may have overtaken this one while the file loaded.
    if (Number(this.range.value) !== index) return;
    const { id, view, panel } = states[index];
    const shown = this.querySelector<HTMLElement>(".figure")!;
    // A day a link names appears at once; a day the reader picks, through the page's transitions.
    if (!write) shown.classList.add("is-instant");
    shown.setAttribute("style", figureStyle(figure, sceneFor(view, figure)));
    if (!write) requestAnimationFrame(() => requestAnimationFrame(() => shown.classList.remove("is-instant")));
    this.range.setAttribute("aria-valuetext", panel.valueText);
    for (const button of this.querySelectorAll<HTMLButtonElement>("button[data-state]")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.state) === index));
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
    if (!write) {
      const anchor = this.closest<HTMLElement>(".date-map");
      if (anchor && (!location.hash || location.hash === `#${anchor.id}`)) anchor.scrollIntoView({ block: "start" });
      return;
    }
    this.field("status")!.textContent = `${panel.valueText}. ${panel.held} ${panel.change}`;
    const address = new URL(location.href);
    address.searchParams.set(PARAM, id);
    address.hash = this.closest(".date-map")?.id ?? "";
    history.replaceState(history.state, "", address);
  }
}

customElements.define("date-map", DateMap);
