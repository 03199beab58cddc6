import { sceneFor } from "../lib/sceneFor.ts";
import { figureStyle } from "../lib/figureStyle.ts";
import type { FigureIndex, View } from "../lib/types.ts";
import { observeSteps } from "./scrollSteps.ts";
import { applyScene } from "./applyScene.ts";
import { figureFile } from "./figureFile.ts";
import { DAY_PARAM } from "./dayParam.ts";

/** Scrollies start observing their steps only when the reader comes near them, to keep page load light. */
const nearby = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearby.unobserve(entry.target);
      (entry.target as ScrollyStory).start();
    }
  },
  { rootMargin: "100% 0px" },
);

/**
 * `<scrolly-story>`: upgrades a section whose steps each carry their own figure into a sticky figure
 * that moves from scene to scene as the reader scrolls. The scenes are computed here by the same
 * functions the build used, from the figure's index (fetched when the reader nears the section, or
 * at once when a link names one of its steps), so the sticky figure shows exactly what each step's
 * own figure shows.
 */
class ScrollyStory extends HTMLElement {
  private observer?: { recheck: () => void; stop: () => void };
  private figure?: FigureIndex;
  /** Each step's view, by step id. */
  private views: Record<string, View> = {};
  private starting = false;
  private steps: HTMLElement[] = [];
  private view?: HTMLElement;
  /** The sticky figure's labels, which each scene emphasises or not. */
  private labels: HTMLElement[] = [];
  private scenes = new Map<number, { style: string; emphasised: Set<string> }>();
  private readonly onHash = () => {
    const index = this.stepInHash();
    if (index < 0) return;
    // Starting shows the linked step; once started, show it here.
    if (!this.observer) return this.start();
    this.show(index, true);
    this.bring(index);
    this.observer.recheck();
  };
  // Keyboard readers move by focus, not by scrolling: bring the focused step to the trigger line,
  // so the figure and the scroll position agree.
  private readonly onFocus = (event: FocusEvent) => {
    const target = event.target as Element;
    const index = this.steps.findIndex((step) => step.contains(target));
    if (index < 0 || !this.figure || this.view!.dataset.step === this.steps[index].id || !target.matches(":focus-visible")) return;
    this.show(index, false);
    this.bring(index);
    this.observer?.recheck();
  };

  connectedCallback() {
    // An embed page reads as without JavaScript, every step with its own figure: in an iframe as tall as its content, nothing could stick.
    if (document.documentElement.classList.contains("embed")) return;
    try {
      this.upgrade();
    } catch (error) {
      // Without a working sticky figure, fall back to the page as it reads without JavaScript:
      // every step with its own figure.
      document.documentElement.classList.remove("js");
      throw error;
    }
  }

  private upgrade() {
    this.view = this.querySelector<HTMLElement>(".scrolly__figure .figure") ?? undefined;
    this.steps = [...this.querySelectorAll<HTMLElement>(".step")];
    this.labels = [...(this.view?.querySelectorAll<HTMLElement>(".label") ?? [])];
    if (!this.view || this.steps.length === 0) return;
    this.view.dataset.step = this.steps[0].id;
    // A link to a step, on load or followed within the page: show that step's figure at once.
    if (this.stepInHash() >= 0) this.start();
    else nearby.observe(this);
    addEventListener("hashchange", this.onHash);
  }

  disconnectedCallback() {
    nearby.unobserve(this);
    removeEventListener("hashchange", this.onHash);
    this.removeEventListener("focusin", this.onFocus);
    this.observer?.stop();
    this.observer = undefined;
    this.starting = false;
  }

  private stepInHash(): number {
    let hash = location.hash;
    try {
      hash = decodeURIComponent(hash);
    } catch {
      // A malformed address names no step.
    }
    return this.steps.findIndex((step) => `#${step.id}` === hash);
  }

  private scene(index: number): { style: string; emphasised: Set<string> } {
    if (!this.scenes.has(index)) {
      const scene = sceneFor(this.views[this.steps[index].id], this.figure!);
      this.scenes.set(index, {
        style: figureStyle(this.figure!, scene, this.figure!.focusMode === "zoom"),
        emphasised: new Set(scene.labels.filter((l) => l.emphasis).map((l) => l.id)),
      });
    }
    return this.scenes.get(index)!;
  }

  private show(index: number, instant: boolean) {
    const view = this.view!;
    if (instant) view.classList.add("is-instant");
    const { style, emphasised } = this.scene(index);
    applyScene(view, style);
    for (const label of this.labels) label.classList.toggle("is-emphasised", emphasised.has(label.dataset.id!));
    view.dataset.step = this.steps[index].id;
    this.steps.forEach((step, i) => step.classList.toggle("is-active", i === index));
    if (instant) requestAnimationFrame(() => requestAnimationFrame(() => view.classList.remove("is-instant")));
  }

  /** Where the layout puts the trigger line (--trigger), as a share of the viewport: lower on a phone, where cards rise over the map's lower part. */
  private trigger(): number {
    return Math.round((parseFloat(getComputedStyle(this).getPropertyValue("--trigger")) || 0.5) * 10) / 10;
  }

  /** Scrolls so that a step's top lies on the trigger line: the reader starts at its beginning, and it is the current step. */
  private bring(index: number) {
    const top = this.steps[index].getBoundingClientRect().top + scrollY - this.trigger() * innerHeight + 1;
    scrollTo({ top, behavior: "instant" });
  }

  /** Begins following the reader: called when the scrolly nears the viewport or a link points into it. */
  start() {
    if (this.starting) return;
    this.starting = true;
    // A linked step's figure is not shown until its scene can be: no other step's figure in between.
    const waiting = this.stepInHash() >= 0;
    if (waiting) this.view!.classList.add("is-waiting");
    Promise.all([figureFile(this.dataset.index!), figureFile<Record<string, View>>(this.dataset.steps!)]).then(
      ([{ index }, views]) => {
        this.figure = index;
        this.views = views;
        this.follow();
        this.view!.classList.remove("is-waiting");
      },
      (error: unknown) => {
        // Without the index or the views there is no sticky figure to move: read as without JavaScript.
        document.documentElement.classList.remove("js");
        throw error;
      },
    );
  }

  private follow() {
    if (!this.isConnected) return;
    const { steps } = this;
    const linked = this.stepInHash();
    let ready = linked < 0;
    const trigger = this.trigger();
    this.observer = observeSteps(
      steps,
      (index) => {
        // The first report after a deep link describes the linked step; skip animating to it again.
        if (!ready) {
          ready = true;
          if (index === linked) return;
        }
        this.show(index, false);
        const address = new URL(location.href);
        address.searchParams.delete(DAY_PARAM);
        address.hash = steps[index].id;
        history.replaceState(history.state, "", address);
      },
      trigger,
    );
    if (linked >= 0) {
      this.show(linked, true);
      // The browser scrolls to the fragment itself once the page has loaded, to the step's top edge,
      // and sections laid out late move it again: bring the step to the trigger line now and once
      // more after load, and let the observers see where the page now is.
      const align = () => {
        this.bring(linked);
        this.observer?.recheck();
      };
      align();
      if (document.readyState !== "complete") addEventListener("load", () => requestAnimationFrame(align), { once: true });
    }
    this.addEventListener("focusin", this.onFocus);
  }
}

customElements.define("scrolly-story", ScrollyStory);
