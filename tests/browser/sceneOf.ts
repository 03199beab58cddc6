import type { Page } from "playwright-core";

/**
 * The scene a figure is in, as the declarations that put it there, `--name:value;...` in their order:
 * the style the browser set on it, or else the rule of the scene class the build gave it. Both read
 * through the CSSOM, so the two compare as equal when they hold the same scene. `selector` is Playwright's (`:text-is()` and all).
 */
export async function sceneOf(page: Page, selector: string): Promise<string | null> {
  const found = page.locator(selector).first();
  if ((await found.count()) === 0) return null;
  return found.evaluate((figure: HTMLElement) => {
    const written = (style: CSSStyleDeclaration) =>
      Array.from({ length: style.length }, (_, i) => style.item(i))
        .map((name) => `${name}:${style.getPropertyValue(name).trim()}`)
        .join(";");
    if (figure.style.length > 0) return written(figure.style);
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSStyleRule && rule.selectorText.startsWith(".scene-") && figure.matches(rule.selectorText)) return written(rule.style);
    return "";
  });
}
