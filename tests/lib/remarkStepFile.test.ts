import { describe, expect, it } from "vitest";
import { remarkStepFile } from "../../src/lib/remarkStepFile.ts";

describe("remarkStepFile({ root })", () => {
  it("gives every <Step>, however deep, a file attribute relative to the project", () => {
    const step = { type: "mdxJsxFlowElement", name: "Step", attributes: [{ type: "mdxJsxAttribute", name: "id", value: "a" }], children: [] };
    const other = { type: "mdxJsxFlowElement", name: "Scrolly", attributes: [], children: [step] };
    const tree = { type: "root", children: [other] };
    remarkStepFile({ root: "/project" })(tree, { path: "/project/src/content/sections/01.mdx" });
    expect(step.attributes).toEqual([
      { type: "mdxJsxAttribute", name: "id", value: "a" },
      { type: "mdxJsxAttribute", name: "file", value: "src/content/sections/01.mdx" },
    ]);
    expect(other.attributes).toEqual([]);
  });
});
