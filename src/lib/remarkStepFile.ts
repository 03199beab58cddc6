import { relative } from "node:path";

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: JsxNode[];
}

/**
 * Remark plugin: gives every `<Step>` in an MDX file a `file` attribute naming that file, so a step
 * whose view is wrong fails the build with a message that says where it is.
 */
export function remarkStepFile(options: { root: string }) {
  return (tree: JsxNode, file: { path?: string }) => {
    const name = file.path ? relative(options.root, file.path).split("\\").join("/") : "an MDX file";
    const visit = (node: JsxNode) => {
      if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Step") {
        node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== "file"), { type: "mdxJsxAttribute", name: "file", value: name }];
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
