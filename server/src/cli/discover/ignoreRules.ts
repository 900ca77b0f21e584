import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules of one ignore file, which apply to paths below its directory. */
interface IgnoreLayer {
  readonly dir: string;
  readonly rules: Ignore;
}

/**
 * The `.gitignore` rules in force in one directory: its own file's and those of every
 * directory above it up to the repository root (plus `.git/info/exclude`), deepest last.
 * Matching is the `ignore` package's (git's semantics); this only knows where the files are.
 */
export class IgnoreRules {
  private constructor(private readonly layers: readonly IgnoreLayer[]) {}

  /** The rules that apply inside `dir`, read from the repository root down to `dir`. */
  static above(dir: string): IgnoreRules {
    const root = repositoryRoot(dir);
    if (root === undefined) return new IgnoreRules([]).enter(dir);
    let rules = new IgnoreRules(readLayer(root, path.join(root, '.git', 'info', 'exclude')));
    const chain: string[] = [];
    for (let d = dir; d !== root; d = path.dirname(d)) chain.unshift(d);
    rules = rules.enter(root);
    for (const d of chain) rules = rules.enter(d);
    return rules;
  }

  /** The rules inside a subdirectory: these plus its own `.gitignore`, if it has one. */
  enter(dir: string): IgnoreRules {
    const layer = readLayer(dir, path.join(dir, '.gitignore'));
    return layer.length ? new IgnoreRules([...this.layers, ...layer]) : this;
  }

  /** Whether git would ignore this path; the deepest file with a rule for it decides. */
  ignores(file: string, isDirectory: boolean): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const { dir, rules } = this.layers[i]!;
      const relative = path.relative(dir, file).split(path.sep).join('/');
      if (relative === '' || relative.startsWith('../')) continue;
      const result = rules.test(isDirectory ? `${relative}/` : relative);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  }
}

function readLayer(dir: string, file: string): IgnoreLayer[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return [{ dir, rules: ignore().add(text) }];
}

/** The nearest directory at or above `dir` that holds `.git` (a folder, or a file in worktrees). */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}
