import { createHash } from "node:crypto";

/** A file name carrying a hash of its content, so a cache keeps the file until it changes: ukraine-map.1a2b3c4d.svg. */
export const hashedName = (stem: string, extension: string, text: string): string =>
  `${stem}.${createHash("sha256").update(text).digest("hex").slice(0, 8)}.${extension}`;
