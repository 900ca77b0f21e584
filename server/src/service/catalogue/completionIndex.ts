import type { CatalogueEntry, Provider } from './catalogueTypes';
import { nameMatches, nameWords } from './nameWords';

/**
 * What a completion query looked at, and a bound on it: entries beyond `budget` are not
 * visited (the answer is then marked incomplete and the client asks again as the user types).
 */
export interface CompletionWork {
  visited: number;
  readonly budget: number;
  exhausted: boolean;
}

export interface ProviderOrder {
  score(providerId: string): number;
}

/**
 * Entries by what is typed to complete them: the leading digits of a numeric code, the
 * leading words of a name (its code name, SDK constants, string code). Built once per
 * catalogue index; a query yields entries in the order they are offered, lazily, so its
 * cost follows how many are taken, not the catalogue's size.
 */
export class CompletionIndex {
  private readonly tables: ProviderTable[];

  constructor(providers: readonly Provider[], entries: readonly CatalogueEntry[]) {
    const byProvider = new Map(providers.map((p, i) => [p.id, new ProviderTable(p, i)]));
    entries.forEach((entry, position) => byProvider.get(entry.provider.id)?.add(entry, position));
    this.tables = [...byProvider.values()];
    for (const table of this.tables) table.freeze(entries);
  }

  /** Numeric codes whose decimal text starts with `digits` (all for ''), providers by score, each in numeric order. */
  *numeric(digits: string, order: ProviderOrder, work: CompletionWork): Generator<CatalogueEntry> {
    for (const table of this.ordered(order)) for (const e of table.numeric(digits)) if (visit(work)) yield e;
  }

  /** String codes whose words from one on start with `query` (all for ''), in catalogue order for ''. */
  *strings(query: string, order: ProviderOrder, work: CompletionWork): Generator<CatalogueEntry> {
    for (const table of this.ordered(order)) {
      if (query === '') {
        for (const e of table.stringCodes) if (visit(work)) yield e;
      } else yield* table.strings.matching(query, work);
    }
  }

  /** Entries one of whose names (code name, constant, string code) matches `query` (see nameMatches). */
  *named(query: string, order: ProviderOrder, work: CompletionWork): Generator<CatalogueEntry> {
    for (const table of this.ordered(order)) yield* table.names.matching(query, work);
  }

  private ordered(order: ProviderOrder): ProviderTable[] {
    return this.tables
      .map((t) => ({ t, s: order.score(t.provider.id) }))
      .sort((a, b) => b.s - a.s || a.t.rank - b.t.rank)
      .map((x) => x.t);
  }
}

/** Counts a visit; false once the budget is spent. */
export function visit(work: CompletionWork): boolean {
  if (work.visited >= work.budget) {
    work.exhausted = true;
    return false;
  }
  work.visited++;
  return true;
}

class ProviderTable {
  /** Numeric codes ascending, and the entry of each. */
  private codes = new Float64Array(0);
  private codeEntries: CatalogueEntry[] = [];
  readonly stringCodes: CatalogueEntry[] = [];
  readonly names = new WordIndex(namesOf);
  readonly strings = new WordIndex((e) => [e.code as string, e.name]);
  private readonly numericPositions: number[] = [];

  constructor(
    readonly provider: Provider,
    readonly rank: number,
  ) {}

  add(entry: CatalogueEntry, position: number): void {
    if (typeof entry.code === 'number') this.numericPositions.push(position);
    else {
      this.stringCodes.push(entry);
      this.strings.add(entry);
    }
    this.names.add(entry);
  }

  freeze(entries: readonly CatalogueEntry[]): void {
    const code = (p: number) => entries[p]!.code as number;
    // Catalogues are mostly written in code order: the sort then runs over sorted stretches.
    const sorted = this.numericPositions.sort((a, b) => code(a) - code(b));
    this.codes = Float64Array.from(sorted, code);
    this.codeEntries = sorted.map((p) => entries[p]!);
    this.numericPositions.length = 0;
    this.names.freeze();
    this.strings.freeze();
  }

  /** Codes of `digits`' length first, then each longer length: numeric order. */
  *numeric(digits: string): Generator<CatalogueEntry> {
    if (digits === '') {
      yield* this.codeEntries;
      return;
    }
    if (digits.length > 1 && digits.startsWith('0')) return;
    const value = Number(digits);
    for (let scale = 1, length = digits.length; length <= MAX_DIGITS; length++, scale *= 10) {
      if (value === 0 && length > 1) return; // only 0 itself starts with 0
      const end = lowerBound(this.codes, (value + 1) * scale);
      for (let i = lowerBound(this.codes, value * scale); i < end; i++) yield this.codeEntries[i]!;
    }
  }
}

/** The names completion finds an entry by: its code name, its SDK constants, a string code. */
const namesOf = (entry: CatalogueEntry): string[] => {
  const names = [entry.name];
  for (const c of entry.constants ?? []) names.push(c.name);
  if (typeof entry.code === 'string') names.push(entry.code);
  return names;
};

/** Integer codes are below 2^53: at most 16 digits. */
const MAX_DIGITS = 16;

/** Entries by the words of their names: each distinct word once, with the entries that have it. */
class WordIndex {
  private readonly postings = new Map<string, CatalogueEntry[]>();
  private words: string[] = [];

  /** `names`: the names of an entry this index finds it by (asked again to check a match). */
  constructor(private readonly names: (entry: CatalogueEntry) => readonly string[]) {}

  add(entry: CatalogueEntry): void {
    for (const name of this.names(entry)) {
      for (const word of nameWords(name)) {
        // Numbers in names (`ROOM_ERROR_12`) are found through the words before them: digits typed alone are codes.
        if (word.charCodeAt(0) <= 57) continue;
        let list = this.postings.get(word);
        if (!list) this.postings.set(word, (list = []));
        if (list[list.length - 1] !== entry) list.push(entry);
      }
    }
  }

  freeze(): void {
    this.words = [...this.postings.keys()].sort();
  }

  /**
   * Entries with a name word that starts with the query (those match outright), then entries with
   * a word the query starts with (`token` for `tokenexp`), which match when the next words agree.
   */
  *matching(query: string, work: CompletionWork): Generator<CatalogueEntry> {
    const seen = new Set<CatalogueEntry>();
    for (let i = lowerBound(this.words, query); i < this.words.length && this.words[i]!.startsWith(query); i++) {
      for (const entry of this.postings.get(this.words[i]!)!) {
        if (!visit(work)) return;
        if (!seen.has(entry)) {
          seen.add(entry);
          yield entry;
        }
      }
    }
    for (let length = query.length - 1; length >= 1; length--) {
      for (const entry of this.postings.get(query.slice(0, length)) ?? []) {
        if (!visit(work)) return;
        if (seen.has(entry)) continue;
        seen.add(entry);
        if (this.names(entry).some((name) => nameMatches(name, query))) yield entry;
      }
    }
  }
}

/** The first position whose value is not below `x`, in an ascending array. */
function lowerBound<T extends number | string>(sorted: ArrayLike<T>, x: T): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
