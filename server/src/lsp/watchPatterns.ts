import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileSystemWatcher } from 'vscode-languageserver/node';

/** Longest brace list of names in one pattern; past it, a pattern by extension (watchers match it per event). */
const MAX_NAMES_LENGTH = 2000;
/** Characters with a meaning in a glob: such a name is not written into one. */
const GLOB_SPECIAL = /[*?{}[\],\\!]/;

/**
 * The client file watchers for a set of catalogue files: one per folder with relative patterns
 * (a brace list of the names in it), else one workspace glob for all of them. Never one per file:
 * with thousands of catalogues, the client would hold thousands of watchers. Events for other
 * files the patterns happen to match are ignored by the server.
 */
export function watchPatterns(files: readonly string[], relativePatterns: boolean): FileSystemWatcher[] {
  if (files.length === 0) return [];
  if (!relativePatterns) return [{ globPattern: `**/${namesPattern(new Set(files.map((f) => path.basename(f))))}` }];
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = path.dirname(file);
    let names = byFolder.get(folder);
    if (!names) byFolder.set(folder, (names = new Set()));
    names.add(path.basename(file));
  }
  return [...byFolder].map(([folder, names]) => ({
    // A relative pattern also watches files outside the workspace; a plain glob only inside it.
    globPattern: { baseUri: pathToFileURL(folder).toString(), pattern: namesPattern(names) },
  }));
}

/** A glob for these file names: the name, a brace list, or (many or unusual names) their extensions. */
function namesPattern(names: ReadonlySet<string>): string {
  const list = [...names].sort();
  const plain = list.every((n) => !GLOB_SPECIAL.test(n));
  if (plain && list.length === 1) return list[0]!;
  if (plain && list.reduce((n, name) => n + name.length + 1, 0) <= MAX_NAMES_LENGTH) return `{${list.join(',')}}`;
  const extensions = new Set(list.map((n) => path.extname(n).slice(1)));
  if (extensions.has('') || [...extensions].some((e) => GLOB_SPECIAL.test(e))) return '*';
  return extensions.size === 1 ? `*.${[...extensions][0]!}` : `*.{${[...extensions].sort().join(',')}}`;
}
