/// <reference types="astro/client" />

// Astro compiles .astro files; plain TypeScript (the figure registry) imports them only lazily, as components.
declare module "*.astro" {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
