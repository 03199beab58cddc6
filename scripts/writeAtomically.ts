import { linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, basename } from "node:path";

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
};

// A process killed mid-write (kill -9, a power cut) leaves its temporary file behind; one whose
// process is gone will never be finished. A live process's file is still being written, so it stays.
const removeAbandoned = (path: string) => {
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dirname(path))) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (/^\d+$/.test(pid) && !isRunning(Number(pid))) rmSync(join(dirname(path), name), { force: true });
  }
};

/**
 * Writes a file so that readers see either the old file or the whole new one: the text goes to a
 * temporary file beside the target, which is then renamed into place. With `exclusive`, an existing
 * file is never replaced.
 */
export function writeAtomically(path: string, text: string, options: { exclusive?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  removeAbandoned(path);
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
