import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogueStore } from '../service/catalogue/catalogueStore';

/** The folder with the built-in catalogues and the schema: `data/` next to `dist/`. */
export function dataDirectory(): string {
  return process.env.STATUS_CODES_DATA_DIR ?? path.join(__dirname, '..', 'data');
}

/** A built-in file that could not be read or did not validate: said once, never fatal. */
export interface BuiltInFailure {
  readonly uri: string;
  readonly file: string;
  /** One line: what is wrong, first. */
  readonly cause: string;
}

export interface BuiltInLoad {
  readonly loaded: number;
  readonly failures: readonly BuiltInFailure[];
}

/** A schema nothing satisfies: with the schema itself unreadable, no catalogue can be trusted. */
const REJECT_ALL: object = { not: {} };

/** The catalogue schema; throws when it cannot be read (tools that stop on a broken installation). */
export function readSchema(dir = dataDirectory()): object {
  return JSON.parse(fs.readFileSync(path.join(dir, 'catalogue.schema.json'), 'utf8')) as object;
}

/** The catalogue schema, or a schema that rejects everything (with the reason) when it cannot be read. */
export function loadSchema(dir = dataDirectory()): { schema: object; failure?: BuiltInFailure } {
  const file = path.join(dir, 'catalogue.schema.json');
  try {
    return { schema: readSchema(dir) };
  } catch (e) {
    return { schema: REJECT_ALL, failure: failure(file, e) };
  }
}

/**
 * Loads every `data/*.json` catalogue (all but the schema) into the store. A file that is
 * missing, truncated or edited is reported and skipped: the other providers keep serving,
 * and the server never crashes (and so never crash-loops) on its own data.
 */
export function loadBuiltInCatalogues(store: CatalogueStore, dir = dataDirectory()): BuiltInLoad {
  let loaded = 0;
  const failures: BuiltInFailure[] = [];
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json') && n !== 'catalogue.schema.json')
      .sort();
  } catch (e) {
    return { loaded, failures: [failure(dir, e)] };
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      store.addBuiltIn(pathToFileURL(file).toString(), fs.readFileSync(file, 'utf8'));
      loaded++;
    } catch (e) {
      failures.push(failure(file, e));
    }
  }
  return { loaded, failures };
}

/** The message users read: which file, the cause on one line, what to do. */
export function describeFailure(f: BuiltInFailure): string {
  return `Built-in catalogue ${path.basename(f.file)} could not be loaded: ${f.cause} The other catalogues keep serving. The extension's installed files were changed or damaged: reinstall the extension (${f.file}).`;
}

function failure(file: string, e: unknown): BuiltInFailure {
  const raw = e instanceof Error ? e.message : String(e);
  const cause = raw.split('\n')[0]!.trim();
  return { uri: pathToFileURL(file).toString(), file, cause: /[.!?]$/.test(cause) ? cause : `${cause}.` };
}
