declare module "virtual:data-files" {
  /** The data files as scripts/readDataFiles.ts reads them, bytes in base64, what it refused, and the licences beside them. */
  const folder: { files: Array<{ path: string; base64: string }>; problems: string[]; licences: Array<{ path: string; text: string }> };
  export default folder;
}
