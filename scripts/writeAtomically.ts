import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";

/**
 * Writes a file so that readers see either the old file or the whole new one: the text goes to a
 * temporary file beside the target, which is then renamed into place. With `exclusive`, an existing
 * file is never replaced.
 */
export function writeAtomically(path: string, text: string, options: { exclusive?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    // A hard link puts the whole file in place at once and fails if the target exists; a rename
    // would replace it.
    if (options.exclusive) linkSync(temporary, path);
    else renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
