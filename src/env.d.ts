/// <reference types="astro/client" />

// Astro compiles .astro files; plain TypeScript (the figure registry) imports them only lazily, as components.
declare module "*.astro" {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}

// The child side of the two iframe-resizing protocols an embed page speaks; neither package ships types.
declare module "pym.js" {
  const pym: { Child: new (config?: { polling?: number }) => { sendHeight: () => void } };
  export default pym;
}
declare module "@newswire/frames" {
  export function initFrame(): void;
  export function sendFrameHeight(height?: number): void;
}
