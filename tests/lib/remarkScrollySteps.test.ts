import { describe, expect, it } from "vitest";
import { remarkScrollySteps } from "../../src/lib/remarkScrollySteps.ts";

type Node = { type: string; name?: string; attributes: Array<{ type: string; name: string; value: unknown }>; children: Node[] };

const jsx = (name: string, attributes: Record<string, string>, children: Node[] = []): Node => ({
  type: "mdxJsxFlowElement",
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: "mdxJsxAttribute", name: key, value })),
  children,
});
const attributes = (node: Node) => Object.fromEntries(node.attributes.map((a) => [a.name, a.value]));

describe("remarkScrollySteps({ root })", () => {
  it("gives every <Step> its file, relative to the project, and the figure of its <Scrolly>", () => {
    const first = jsx("Step", { id: "a" });
    const nested = jsx("Step", { id: "b" });
    const other = jsx("Step", { id: "c" });
    const tree = {
      type: "root",
      children: [jsx("Scrolly", { figure: "ukraine-map" }, [first, { type: "paragraph", attributes: [], children: [nested] }]), jsx("Scrolly", { figure: "army-size" }, [other])],
    };
    remarkScrollySteps({ root: "/project" })(tree, { path: "/project/src/content/sections/01.mdx" });
    expect(attributes(first)).toEqual({ id: "a", file: "src/content/sections/01.mdx", figure: "ukraine-map" });
    expect(attributes(nested)).toEqual({ id: "b", file: "src/content/sections/01.mdx", figure: "ukraine-map" });
    expect(attributes(other)).toEqual({ id: "c", file: "src/content/sections/01.mdx", figure: "army-size" });
    expect(attributes(tree.children[0])).toEqual({ figure: "ukraine-map", file: "src/content/sections/01.mdx" });
  });

  it("leaves a step outside any <Scrolly> with an empty figure, which the step then reports", () => {
    const lonely = jsx("Step", { id: "a" });
    remarkScrollySteps({ root: "/project" })({ type: "root", children: [lonely] }, { path: "/project/x.mdx" });
    expect(attributes(lonely).figure).toBe("");
  });
});
