import { relative } from "node:path";

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
}

const setAttribute = (node: JsxNode, name: string, value: string) => {
  node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== name), { type: "mdxJsxAttribute", name, value }];
};

/**
 * Remark plugin: gives every `<Step>` in an MDX file the name of that file and the figure of the
 * `<Scrolly>` around it, so each step can draw its own figure and a wrong view fails the build with
 * a message that says where it is; `<Num>`, `<Cite>` and `<StaticFigure>` get the file name too.
 */
export function remarkScrollySteps(options: { root: string }) {
  return (tree: JsxNode, file: { path?: string }) => {
    const name = file.path ? relative(options.root, file.path).split("\\").join("/") : "an MDX file";
    const visit = (node: JsxNode, figure: string | undefined) => {
      const isJsx = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
      let inner = figure;
      if (isJsx && node.name === "Scrolly") {
        const attribute = node.attributes?.find((a) => a.name === "figure");
        inner = typeof attribute?.value === "string" ? attribute.value : "";
        setAttribute(node, "file", name);
      }
      if (isJsx && node.name === "Step") {
        setAttribute(node, "file", name);
        setAttribute(node, "figure", figure ?? "");
      }
      if (isJsx && (node.name === "Num" || node.name === "Cite" || node.name === "StaticFigure")) setAttribute(node, "file", name);
      node.children?.forEach((child) => visit(child, inner));
    };
    visit(tree, undefined);
  };
}
