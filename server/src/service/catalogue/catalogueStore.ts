import { CatalogueIndex } from './catalogueIndex';
import type { CatalogueOrigin, LoadedCatalogue } from './catalogueTypes';
import { CatalogueParser, type CatalogueProblem } from './parseCatalogue';

/** Catalogues (by origin) that serve their last good version while their file has problems. */
const lastGood = new WeakSet<CatalogueOrigin>();

/** Whether entries of this origin come from a last good version (the file is broken now). */
export function servesLastGood(origin: CatalogueOrigin): boolean {
  return lastGood.has(origin);
}

/** The outcome of (re)loading one catalogue file. */
export interface CatalogueLoadReport {
  readonly uri: string;
  readonly ok: boolean;
  readonly problems: readonly CatalogueProblem[];
  /** Whether an earlier good version is still serving after a failed load. */
  readonly servingLastGood: boolean;
  readonly entryCount: number;
}

/**
 * Every catalogue known to the server: the built-in ones and users' files, each
 * with its last good version. Indexes are built per combination of enabled
 * providers and user files, and cached until a catalogue changes.
 */
export class CatalogueStore {
  private readonly parser: CatalogueParser;
  private readonly builtIn: LoadedCatalogue[] = [];
  private readonly user = new Map<string, LoadedCatalogue>();
  /** Indexes by user files (their serialised list), then by enabled providers. */
  private readonly indexes = new Map<string, Map<string, CatalogueIndex>>();
  /** The key part of each list of user files seen: with thousands of files, not re-serialised per request. */
  private readonly userKeys = new WeakMap<readonly string[], string>();
  /** Built-in files that failed to load (the loader reports them; the status shows them). */
  readonly builtInFailures: { readonly uri: string; readonly cause: string }[] = [];

  constructor(schema: object) {
    this.parser = new CatalogueParser(schema);
  }

  /** Loads a built-in catalogue; a broken built-in file is a packaging bug and throws. */
  addBuiltIn(uri: string, text: string): LoadedCatalogue {
    const result = this.parser.parse(text, { uri, builtIn: true });
    if (!result.ok) {
      // One line, the first problem first: it is what a user reads in the output.
      const [first, ...more] = result.problems;
      const rest = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
      throw new Error(`${first?.message ?? 'invalid.'} At offset ${first?.offset ?? 0}${rest}.`);
    }
    this.builtIn.push(result.catalogue);
    this.indexes.clear();
    return result.catalogue;
  }

  /** Loads or reloads a user catalogue; on failure the last good version keeps serving. */
  setUser(uri: string, text: string): CatalogueLoadReport {
    const result = this.parser.parse(text, { uri, builtIn: false });
    if (result.ok) {
      const previous = this.user.get(uri);
      if (previous) lastGood.delete(previous.origin);
      this.user.set(uri, result.catalogue);
      this.indexes.clear();
      return { uri, ok: true, problems: [], servingLastGood: false, entryCount: result.catalogue.entries.length };
    }
    const lastGoodVersion = this.user.get(uri);
    if (lastGoodVersion) lastGood.add(lastGoodVersion.origin);
    return {
      uri,
      ok: false,
      problems: result.problems,
      servingLastGood: lastGoodVersion !== undefined,
      entryCount: lastGoodVersion?.entries.length ?? 0,
    };
  }

  /** Forgets a user catalogue (its file was deleted or is no longer configured). */
  removeUser(uri: string): void {
    if (this.user.delete(uri)) this.indexes.clear();
  }

  userCatalogue(uri: string): LoadedCatalogue | undefined {
    return this.user.get(uri);
  }
  get builtInCatalogues(): readonly LoadedCatalogue[] {
    return this.builtIn;
  }

  /** The index for a set of enabled providers and user catalogue files (in order; later files win). */
  indexFor(providers: Readonly<Record<string, boolean>>, userUris: readonly string[] = []): CatalogueIndex {
    let userKey = this.userKeys.get(userUris);
    if (userKey === undefined) this.userKeys.set(userUris, (userKey = JSON.stringify(userUris)));
    let byProviders = this.indexes.get(userKey);
    if (!byProviders) this.indexes.set(userKey, (byProviders = new Map()));
    const key = JSON.stringify(Object.entries(providers).sort());
    let index = byProviders.get(key);
    if (!index) {
      const catalogues = [...this.builtIn, ...userUris.flatMap((u) => this.user.get(u) ?? [])];
      index = new CatalogueIndex(catalogues, (id) => !Object.hasOwn(providers, id) || providers[id] !== false);
      byProviders.set(key, index);
    }
    return index;
  }
}
