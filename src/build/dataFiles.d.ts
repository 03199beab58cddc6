declare module "virtual:data-files" {
  /** The data files as scripts/readDataFiles.ts reads them, bytes in base64, and what it refused. */
  const folder: { files: Array<{ path: string; base64: string }>; problems: string[] };
  export default folder;
}
