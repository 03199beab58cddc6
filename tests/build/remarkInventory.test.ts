import { describe, expect, it } from "vitest";
import { remarkInventory } from "../../src/build/remarkInventory.ts";

type Node = { type: string; name?: string; attributes: Array<{ type: string; name: string; value: unknown }>; children: Node[] };

const jsx = (name: string, attributes: Record<string, string>, children: Node[] = []): Node => ({
  type: "mdxJsxFlowElement",
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: "mdxJsxAttribute", name: key, value })),
  children,
});
const attributes = (node: Node) => Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));

describe("remarkInventory({ root })", () => {
  it("gives every <Step> its file, relative to the project, and the figure of its <Scrolly>", () => {
    const first = jsx("Step", { id: "a" });
    const nested = jsx("Step", { id: "b" });
    const other = jsx("Step", { id: "c" });
    const tree = {
      type: "root",
      children: [
        jsx("Scrolly", { figure: "ukraine-map" }, [first, { type: "paragraph", attributes: [], children: [nested] }]),
        jsx("Scrolly", { figure: "army-size" }, [other]),
      ],
    };
    remarkInventory({ root: "/project" })(tree, { path: "/project/src/content/sections/01.mdx" });
    expect(attributes(first)).toEqual({ id: "a", file: "src/content/sections/01.mdx", figure: "ukraine-map" });
    expect(attributes(nested)).toEqual({ id: "b", file: "src/content/sections/01.mdx", figure: "ukraine-map" });
    expect(attributes(other)).toEqual({ id: "c", file: "src/content/sections/01.mdx", figure: "army-size" });
    expect(attributes(tree.children[0])).toEqual({
      figure: "ukraine-map",
      file: "src/content/sections/01.mdx",
      steps: JSON.stringify([{ id: "a" }, { id: "b" }]),
    });
  });

  it("records the section's steps, figures, cited sources and stated figures in its frontmatter data", () => {
    const step = jsx("Step", { id: "a", alt: "The {occupied-share@latest} held." });
    const tree = {
      type: "root",
      children: [
        jsx("Scrolly", { figure: "army-size" }, [step]),
        jsx("Cite", { id: "one two" }),
        jsx("Num", { of: "occupied-share@latest" }),
        jsx("StaticFigure", { figure: "occupied-share", id: "share-chart", title: "Share held" }),
      ],
    };
    const file: { path: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } } = { path: "/project/s.mdx" };
    remarkInventory({ root: "/project" })(tree, file);
    expect(file.data?.astro?.frontmatter?.inventory).toEqual({
      file: "s.mdx",
      steps: [{ id: "a", view: undefined, figure: "army-size", alt: "The {occupied-share@latest} held.", at: "s.mdx:?" }],
      scrollies: [{ figure: "army-size", steps: [{ id: "a", view: undefined }] }],
      figures: [
        { figure: "army-size", at: "s.mdx:?" },
        { figure: "occupied-share", anchor: "share-chart", title: "Share held", alt: "", view: {}, at: "s.mdx:?" },
      ],
      cites: ["one", "two"],
      nums: ["occupied-share@latest", "occupied-share@latest"],
    });
  });

  it("reads a step's view from the syntax tree as plain data, and refuses anything but literals", () => {
    const literal = (value: unknown) => ({ type: "Literal", value });
    const view = {
      type: "ObjectExpression",
      properties: [{ type: "Property", key: { type: "Identifier", name: "layers" }, value: { type: "ArrayExpression", elements: [literal("donbas")] } }],
    };
    const withView = (expression: unknown) => {
      const node = jsx("Step", { id: "a" });
      node.attributes.push({
        type: "mdxJsxAttribute",
        name: "view",
        value: { type: "mdxJsxAttributeValueExpression", data: { estree: { body: [{ expression }] } } },
      });
      return node;
    };
    const file: { path: string; data?: { astro?: { frontmatter?: Record<string, unknown> } } } = { path: "/project/s.mdx" };
    remarkInventory({ root: "/project" })({ type: "root", children: [jsx("Scrolly", { figure: "ukraine-map" }, [withView(view)])] }, file);
    expect((file.data?.astro?.frontmatter?.inventory as { steps: Array<{ view: unknown }> }).steps[0].view).toEqual({ layers: ["donbas"] });
    expect(() =>
      remarkInventory({ root: "/project" })({ type: "root", children: [withView({ type: "Identifier", name: "someVariable" })] }, { path: "/project/s.mdx" }),
    ).toThrow('s.mdx:?, step "a": view: expected a view is written as plain data (lists of ids in quotes), found Identifier');
  });

  it("leaves a step outside any <Scrolly> with an empty figure, which the step then reports", () => {
    const lonely = jsx("Step", { id: "a" });
    remarkInventory({ root: "/project" })({ type: "root", children: [lonely] }, { path: "/project/x.mdx" });
    expect(attributes(lonely).figure).toBe("");
  });
});
