/**
 * The section navigation: as the reader moves through the page, its button shows the number of the
 * section on screen and its list marks that section (aria-current); following a link in the list
 * closes it. Before the first section it keeps out of the way of the opening.
 */
class SectionNav extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>("a[data-anchor]")];
    const count = this.querySelector<HTMLElement>("[data-count]")!;
    const toggle = this.querySelector<HTMLButtonElement>(".section-nav__toggle")!;
    const list = this.querySelector<HTMLElement>("[popover]")!;
    const label = this.dataset.label!;
    const sections = links.map((link) => document.getElementById(link.dataset.anchor!)).filter((s): s is HTMLElement => s !== null);
    const show = (index: number) => {
      links.forEach((link, i) => (i === index ? link.setAttribute("aria-current", "true") : link.removeAttribute("aria-current")));
      this.classList.toggle("is-shown", index >= 0);
      if (index < 0) return;
      count.textContent = `${index + 1}/${links.length}`;
      toggle.setAttribute("aria-label", label.replace("{n}", String(index + 1)).replace("{title}", links[index].textContent!.trim()));
    };
    // The current section is the last one whose top has passed the upper third of the screen.
    const update = () => {
      const line = innerHeight / 3;
      let current = -1;
      sections.forEach((section, i) => {
        if (section.getBoundingClientRect().top <= line) current = i;
      });
      show(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: "0px 0px -66% 0px" });
    sections.forEach((section) => observer.observe(section));
    addEventListener("hashchange", update);
    links.forEach((link) => link.addEventListener("click", () => list.hidePopover()));
    update();
  }
}

customElements.define("section-nav", SectionNav);
