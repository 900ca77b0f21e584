import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../args';
import { IgnoreRules } from './ignoreRules';
import { languageForFile } from './fileLanguages';

/** A file to check, with the language the editor would give it. */
export interface FoundFile {
  readonly path: string;
  readonly languageId: string;
}

export interface FindOptions {
  readonly cwd: string;
  /** Honour `.gitignore` (and `.git/info/exclude`); `--no-ignore` turns it off. */
  readonly ignoreFiles: boolean;
  /** Told the number of files found so far after each one (the check starts its workers once there are many). */
  readonly onFound?: (count: number) => void;
}

/** Directories no editor user wants searched, ignored or not. */
const NEVER_ENTERED = new Set(['.git', '.hg', '.svn']);

/**
 * The files named by paths and globs, sorted by path. A file named on the command line is
 * checked whatever its extension (unknown ones as plain text) and whatever .gitignore says;
 * inside directories and globs, only files of known languages that git does not ignore.
 */
export function findFiles(patterns: readonly string[], options: FindOptions): FoundFile[] {
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern);
    const stat = statOrUndefined(absolute);
    if (stat?.isFile()) found.set(absolute, languageForFile(absolute) ?? 'plaintext');
    else if (stat?.isDirectory()) walk(absolute, rulesFor(absolute, options), () => true, found, options.onFound);
    else if (picomatch.scan(pattern).isGlob) {
      const { base, glob } = picomatch.scan(pattern.split(path.sep).join('/'));
      const root = path.resolve(options.cwd, base);
      if (!statOrUndefined(root)?.isDirectory()) continue;
      const matches = picomatch(glob, { dot: false });
      walk(root, rulesFor(root, options), (relative) => matches(relative), found, options.onFound);
    } else throw new UsageError(`No such file or directory: ${pattern}`);
  }
  return [...found]
    .map(([file, languageId]) => ({ path: file, languageId }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const rulesFor = (dir: string, options: FindOptions): IgnoreRules | undefined =>
  options.ignoreFiles ? IgnoreRules.above(dir) : undefined;

/** Adds the files of known languages under `root` that pass `accept` (given their path relative to root). */
function walk(
  root: string,
  rootRules: IgnoreRules | undefined,
  accept: (relative: string) => boolean,
  found: Map<string, string>,
  onFound: ((count: number) => void) | undefined,
): void {
  const pending: { dir: string; rules: IgnoreRules | undefined }[] = [{ dir: root, rules: rootRules }];
  while (pending.length) {
    const { dir, rules } = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable directory: nothing to check there
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      // Symbolic links to directories are not followed (they can loop); linked files are checked.
      const isDirectory = entry.isDirectory();
      const isFile = entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(file)?.isFile() === true);
      if (!isDirectory && !isFile) continue;
      if (isDirectory && NEVER_ENTERED.has(entry.name)) continue;
      if (rules?.ignores(file, isDirectory)) continue;
      if (isDirectory) {
        pending.push({ dir: file, rules: rules?.enter(file) });
        continue;
      }
      const languageId = languageForFile(entry.name);
      if (languageId && accept(path.relative(root, file).split(path.sep).join('/'))) {
        found.set(file, languageId);
        onFound?.(found.size);
      }
    }
  }
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}
