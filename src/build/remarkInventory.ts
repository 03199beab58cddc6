import { relative } from "node:path";
import { withFacts } from "../lib/withFacts.ts";

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: JsxNode[];
  position?: { start: { line: number } };
}

/** A step as its section declares it. */
export interface InventoryStep {
  id: string;
  /** The view exactly as written (checked against its figure when the step is drawn). */
  view: unknown;
  /** The figure of the `<Scrolly>` around it ("" when there is none). */
  figure: string;
  /** Its alt text as written, figures from the data still in braces. */
  alt: string;
  /** Where it is: file and line. */
  at: string;
}

/** What one section holds, read from its syntax tree: what the page, its sources and its checks are built from. */
export interface SectionInventory {
  /** The MDX file, relative to the project. */
  file: string;
  steps: InventoryStep[];
  /** Each `<Scrolly>`: its figure and its steps' views, in order (what its steps file holds). */
  scrollies: Array<{ figure: string; steps: Array<{ id: string; view: unknown }> }>;
  /** The figures it shows: each scrolly's and each standalone figure's, with a standalone figure's anchor and title, and a `<StaticFigure>`'s alt text and view as written. */
  figures: Array<{ figure: string; anchor?: string; title?: string; alt?: string; view?: unknown; at: string }>;
  /** Ids of the sources it cites with <Cite>. */
  cites: string[];
  /** Ids of the figures it states with <Num>, or names in braces in an alt text. */
  nums: string[];
}

/** The value of a literal written in MDX (`{{ focus: ["UA-14"] }}`): objects, lists, strings, numbers, booleans. */
function literal(node: EstreeNode | undefined): unknown {
  switch (node?.type) {
    case "ObjectExpression":
      return Object.fromEntries(
        (node.properties as EstreeNode[]).map((p) => {
          if (p.type !== "Property") throw new Error("a spread (...) cannot stand in a view");
          const key = p.key as EstreeNode;
          return [key.type === "Identifier" ? key.name : (key.value as string), literal(p.value as EstreeNode)];
        }),
      );
    case "ArrayExpression":
      return (node.elements as EstreeNode[]).map(literal);
    case "Literal":
      return node.value;
    default:
      throw new Error(`a view is written as plain data (lists of ids in quotes), found ${node?.type ?? "nothing"}`);
  }
}

const attribute = (node: JsxNode, name: string) => node.attributes?.find((a) => a.name === name)?.value;
const text = (node: JsxNode, name: string) => {
  const value = attribute(node, name);
  return typeof value === "string" ? value : "";
};
/** The `view` of a `<Step>` or `<StaticFigure>` as plain data; `where` starts the message of one written otherwise. */
function viewOf(node: JsxNode, where: string): unknown {
  const raw = attribute(node, "view") as { data?: { estree?: { body?: Array<{ expression?: EstreeNode }> } } } | undefined;
  try {
    return raw === undefined ? undefined : literal(raw.data?.estree?.body?.[0]?.expression);
  } catch (error) {
    throw new Error(`${where}: view: expected ${(error as Error).message}`, { cause: error });
  }
}
const setAttribute = (node: JsxNode, name: string, value: string) => {
  node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== name), { type: "mdxJsxAttribute", name, value }];
};

/**
 * Remark plugin: walks each section's syntax tree once and records what it holds (its steps with
 * their views and figures, the figures it shows, the sources it cites and the figures it states)
 * as the section's `inventory` in its frontmatter data, so nothing later re-reads MDX or HTML. It
 * also hands each `<Scrolly>` its steps, each `<Step>` its file and figure, and `<Num>`, `<Cite>`,
 * `<StaticFigure>` and `<DateMap>` their file, for messages that say where a mistake is.
 */
export function remarkInventory(options: { root: string }) {
  return (tree: JsxNode, file: { path?: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const name = file.path ? relative(options.root, file.path).split("\\").join("/") : "an MDX file";
    const inventory: SectionInventory = { file: name, steps: [], scrollies: [], figures: [], cites: [], nums: [] };
    const at = (node: JsxNode) => `${name}:${node.position?.start.line ?? "?"}`;
    const visit = (node: JsxNode, scrolly: { figure: string; steps: Array<{ id: string; view: unknown }> } | undefined) => {
      const isJsx = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
      let inner = scrolly;
      if (isJsx && node.name === "Scrolly") {
        inner = { figure: text(node, "figure"), steps: [] };
        inventory.scrollies.push(inner);
        inventory.figures.push({ figure: inner.figure, at: at(node) });
        setAttribute(node, "file", name);
      }
      if (isJsx && node.name === "Step") {
        const id = text(node, "id");
        const view = viewOf(node, `${at(node)}, step ${JSON.stringify(id)}`);
        inventory.steps.push({ id, view, figure: scrolly?.figure ?? "", alt: text(node, "alt"), at: at(node) });
        scrolly?.steps.push({ id, view });
        setAttribute(node, "file", name);
        setAttribute(node, "figure", scrolly?.figure ?? "");
      }
      if (isJsx && node.name === "StaticFigure") {
        const anchor = text(node, "id");
        inventory.figures.push({
          figure: text(node, "figure"),
          anchor,
          title: text(node, "title"),
          alt: text(node, "alt"),
          view: viewOf(node, `${at(node)}, <StaticFigure id=${JSON.stringify(anchor)}>`) ?? {},
          at: at(node),
        });
      }
      if (isJsx && node.name === "DateMap")
        inventory.figures.push({ figure: text(node, "figure"), anchor: text(node, "id"), title: text(node, "title"), at: at(node) });
      if (isJsx && node.name === "Cite") inventory.cites.push(...text(node, "id").split(/\s+/).filter(Boolean));
      if (isJsx && node.name === "Num") inventory.nums.push(text(node, "of"));
      if (isJsx && (node.name === "Step" || node.name === "StaticFigure")) inventory.nums.push(...withFacts(text(node, "alt"), new Map()).missing);
      if (isJsx && (node.name === "Num" || node.name === "Cite" || node.name === "StaticFigure" || node.name === "DateMap" || node.name === "FigureText"))
        setAttribute(node, "file", name);
      node.children?.forEach((child) => visit(child, inner));
      if (isJsx && node.name === "Scrolly") setAttribute(node, "steps", JSON.stringify(inner!.steps));
    };
    visit(tree, undefined);
    file.data ??= {};
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.inventory = inventory;
  };
}
