import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataFile } from "../src/validate/checkDataFiles.ts";

/** The largest data file accepted: the geography, the largest today, is about 60 KB. */
export const MAX_DATA_FILE_BYTES = 2 * 1024 * 1024;

/** What the reader found under data/: the files to check, what it refused, and what it skipped, each with a message. */
export interface DataFolder {
  files: DataFile[];
  /** Entries that cannot be data files, said so: links, pipes, unreadable or oversized files. */
  problems: string[];
  /** Entries that are not data files by the documented rule (hidden, or not named *.json), for a note. */
  skipped: string[];
  /** Licence files kept beside the data they cover (named LICENSE*.txt), published with it. */
  licences: Array<{ path: string; text: string }>;
}

const reason = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EACCES" || code === "EPERM"
    ? "it cannot be read (permission denied): check the file's permissions"
    : `it cannot be read (${code ?? String(error)})`;
};

/**
 * The one reader of data/, used by `npm run data:check` and by the build alike, so both see the
 * same files. The rule: data files are the regular files under data/ whose names end in .json
 * (licences beside them, named LICENSE*.txt, are published with them);
 * names starting with "." (hidden files, editors' swap files) and other files (notes, backups) are
 * skipped and listed; a symbolic link, a pipe or another special file, an unreadable file or one
 * over MAX_DATA_FILE_BYTES is refused with a message and never opened. Paths are relative to `root`.
 */
export function readDataFiles(root = "."): DataFolder {
  const folder: DataFolder = { files: [], problems: [], skipped: [], licences: [] };
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (error) {
      folder.problems.push(`${relative(root, dir)}: expected a readable folder, but ${reason(error)}`);
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      const shown = relative(root, path).split("\\").join("/");
      if (name.startsWith(".")) {
        folder.skipped.push(shown);
        continue;
      }
      let stat: ReturnType<typeof lstatSync>;
      try {
        stat = lstatSync(path);
      } catch (error) {
        folder.problems.push(`${shown}: expected a readable file or folder, but ${reason(error)}`);
        continue;
      }
      if (stat.isSymbolicLink())
        folder.problems.push(
          `${shown}: expected a file or folder, found a symbolic link: copy the file into data/ instead, so the site publishes what the repository holds`,
        );
      else if (stat.isDirectory()) walk(path);
      else if (/^LICENSE[\w.-]*\.txt$/.test(name) && stat.isFile() && stat.size <= MAX_DATA_FILE_BYTES)
        folder.licences.push({ path: shown, text: readFileSync(path, "utf8") });
      else if (!name.endsWith(".json")) folder.skipped.push(shown);
      else if (!stat.isFile()) folder.problems.push(`${shown}: expected a file, found a pipe, socket or device`);
      else if (stat.size > MAX_DATA_FILE_BYTES)
        folder.problems.push(
          `${shown}: expected a file of at most ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB, found ${(stat.size / 1024 / 1024).toFixed(1)} MB: a data file this large would weigh down the page and the build`,
        );
      else {
        try {
          folder.files.push({ path: shown, bytes: readFileSync(path) });
        } catch (error) {
          folder.problems.push(`${shown}: expected a readable file, but ${reason(error)}`);
        }
      }
    }
  };
  walk(join(root, "data"));
  return folder;
}
