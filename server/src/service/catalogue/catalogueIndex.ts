import { constantGroupName, goConstantName, identifier, lowerCamelCase } from './generatedNames';
import type { CatalogueEntry, LoadedCatalogue, Provider } from './catalogueTypes';
import { nameSlot } from '../scan/tokens';
import { carriesContainer } from './constantNaming';
import { FileHintScores } from './fileHintScores';
import { MultiMap } from './multiMap';
import { ServerMessagePrefixes } from './serverMessagePrefixes';
import { CompletionIndex } from './completionIndex';

export interface ServerMessageMatch {
  readonly entry: CatalogueEntry;
  readonly text: string;
  readonly explanation?: string;
}

export interface ConstantMatch {
  readonly entry: CatalogueEntry;
  readonly name: string;
  readonly container?: string;
  readonly languages?: readonly string[];
  /** The name carries its container (`kNIMResSuccess`): it names its code whatever qualifies it, or nothing. */
  readonly anyQualifier: boolean;
  /** A name of the generated constants module (`CommseaseIm.parameterError`): never an implicit member. */
  readonly generated?: boolean;
}

/**
 * All enabled catalogues merged into look-up tables. User entries replace built-in
 * entries with the same provider and code; disabled providers are left out.
 */
export class CatalogueIndex {
  readonly providers: readonly Provider[];
  readonly entries: readonly CatalogueEntry[];
  private readonly byNumber = new MultiMap<string, CatalogueEntry>();
  private readonly byString = new MultiMap<string, CatalogueEntry>();
  private readonly byServerMessage = new MultiMap<string, ServerMessageMatch>();
  private readonly messagePrefixes = new ServerMessagePrefixes();
  private readonly byConstant = new MultiMap<string, ConstantMatch>();
  /**
   * Length, first and last character of constant names: a cheap filter before slicing an identifier out of the text.
   */
  private readonly constantShapes = new NameShapes();
  /** The same for constants written without a container (`ZIMErrorCodeSuccess`): few, and long. */
  private readonly bareConstantShapes = new NameShapes();
  /** String codes grouped by length, for "did you mean" look-ups. */
  private readonly stringCodesByLength = new Map<number, Set<string>>();
  private goNames: Map<string, CatalogueEntry> | undefined;
  private readonly groupInitials: Set<number>;
  private goNameFilter: Uint8Array | undefined;
  private readonly hintScores: FileHintScores;
  private completionIndex: CompletionIndex | undefined;

  constructor(catalogues: readonly LoadedCatalogue[], isEnabled: (providerId: string) => boolean = () => true) {
    const merged = new Map<
      string,
      { provider: Provider; entries: Map<string, CatalogueEntry> | readonly CatalogueEntry[] }
    >();
    const perProvider = new Map<string, number>();
    for (const catalogue of catalogues)
      perProvider.set(catalogue.provider.id, (perProvider.get(catalogue.provider.id) ?? 0) + 1);
    for (const catalogue of catalogues) {
      const id = catalogue.provider.id;
      if (!isEnabled(id)) continue;
      if (perProvider.get(id) === 1) {
        // The only catalogue of its provider: nothing to merge, its codes are already unique.
        merged.set(id, { provider: catalogue.provider, entries: catalogue.entries });
        continue;
      }
      let slot = merged.get(id) as { provider: Provider; entries: Map<string, CatalogueEntry> } | undefined;
      if (!slot) {
        slot = { provider: catalogue.provider, entries: new Map() };
        merged.set(id, slot);
      }
      for (const entry of catalogue.entries) {
        const key = codeKey(entry.code);
        const previous = slot.entries.get(key);
        const stored =
          previous && previous.origin.uri !== entry.origin.uri
            ? { ...entry, provider: slot.provider, overrides: previous }
            : entry.provider === slot.provider
              ? entry
              : { ...entry, provider: slot.provider };
        slot.entries.set(key, stored);
      }
      if (!catalogue.provider.builtIn && slot.provider.builtIn) {
        // A user catalogue extending a built-in provider keeps the built-in identity but adds its hints and shapes.
        slot.provider = {
          ...slot.provider,
          fileHints: [...slot.provider.fileHints, ...catalogue.provider.fileHints],
          shapes: [...slot.provider.shapes, ...catalogue.provider.shapes],
        };
      }
    }
    this.providers = [...merged.values()].map((m) => m.provider);
    const all: CatalogueEntry[] = [];
    for (const { entries } of merged.values()) for (const entry of entries.values()) all.push(entry);
    this.entries = all;
    for (const entry of all) this.add(entry);
    this.groupInitials = new Set(this.providers.map((p) => constantGroupName(p.id).charCodeAt(0)));
    this.hintScores = new FileHintScores(this.providers);
  }

  private add(entry: CatalogueEntry): void {
    if (typeof entry.code === 'number') this.byNumber.add(String(entry.code), entry);
    else {
      this.byString.add(entry.code, entry);
      // Candidates for "did you mean", unless only the exact spelling may count.
      if (entry.nearMisses !== false) {
        let sameLength = this.stringCodesByLength.get(entry.code.length);
        if (!sameLength) this.stringCodesByLength.set(entry.code.length, (sameLength = new Set()));
        sameLength.add(entry.code);
      }
    }
    for (const m of entry.serverMessages ?? []) {
      this.byServerMessage.add(m.text, { entry, text: m.text, explanation: m.explanation });
      if (m.language) this.messagePrefixes.add(m.text);
    }
    // The names the generated constants module gives this code (Status Codes: Generate constants file).
    const group = constantGroupName(entry.provider.id);
    this.addConstant(entry, identifier(entry.name), group, undefined, true);
    // Swift and Dart files generated in those languages' own style: `CommseaseIm.parameterError`.
    this.addConstant(entry, lowerCamelCase(entry.name), group, ['swift', 'dart'], true);
    for (const c of entry.constants ?? []) this.addConstant(entry, c.name, c.container, c.languages);
  }

  private addConstant(
    entry: CatalogueEntry,
    name: string,
    container: string | undefined,
    languages: readonly string[] | undefined,
    generated = false,
  ): void {
    const anyQualifier = container !== undefined && carriesContainer(name, container);
    this.byConstant.add(name, { entry, name, container, languages, anyQualifier, generated });
    this.constantShapes.add(name);
    if (container === undefined || anyQualifier) this.bareConstantShapes.add(name);
  }

  /** Entries for an integer code given as its decimal text. */
  numeric(digits: string): readonly CatalogueEntry[] {
    return this.byNumber.get(digits);
  }
  hasNumeric(digits: string): boolean {
    return this.byNumber.has(digits);
  }
  /** Entries for an exact, case-sensitive string code. */
  string(code: string): readonly CatalogueEntry[] {
    return this.byString.get(code);
  }
  hasString(code: string): boolean {
    return this.byString.has(code);
  }
  hasServerMessage(text: string): boolean {
    return this.byServerMessage.has(text);
  }
  serverMessage(text: string): readonly ServerMessageMatch[] {
    return this.byServerMessage.get(text);
  }
  /** A non-English server message a longer string opens with (`用户名或密码错误, ...(detail)`). */
  serverMessageOpening(text: string): string | undefined {
    return this.messagePrefixes.openingOf(text);
  }
  constant(name: string): readonly ConstantMatch[] {
    return this.byConstant.get(name);
  }
  /**
   * The entry a generated Go constant names (`CommseaseImParameterError`). Go has no
   * namespaces, so these names are looked up apart, in a table built on first use.
   */
  goConstant(name: string): CatalogueEntry | undefined {
    if (!this.goNames) {
      this.goNames = new Map();
      for (const e of this.entries) this.goNames.set(goConstantName(e.provider.id, e.name), e);
    }
    return this.goNames.get(name);
  }

  /** Entries by typed prefix, built on the first completion (the CLI never pays for it). */
  get completion(): CompletionIndex {
    return (this.completionIndex ??= new CompletionIndex(this.providers, this.entries));
  }

  /** Whether an identifier starting with this character could be a generated Go constant. */
  mayBeGoConstant(firstChar: number): boolean {
    return this.groupInitials.has(firstChar);
  }

  /**
   * Names that may be constants, by length and first character (a TokenBuffer name filter);
   * for Go also every name that starts like a generated constant (`CommseaseIm...`).
   */
  constantNameFilter(go: boolean): Uint8Array {
    if (!go) return this.constantShapes.lengthAndFirst;
    if (!this.goNameFilter) {
      const filter = this.constantShapes.lengthAndFirst.slice();
      for (const initial of this.groupInitials)
        for (let length = 0; length < 64; length++) filter[nameSlot(length, initial)] = 1;
      this.goNameFilter = filter;
    }
    return this.goNameFilter;
  }

  get hasConstants(): boolean {
    return this.byConstant.size > 0;
  }
  /**
   * Whether the identifier text[start, end) may be a constant, judged by its length and
   * end characters without slicing it; `qualified` when written after `Container.`.
   */
  mayBeConstantAt(text: string, start: number, end: number, qualified: boolean): boolean {
    return (qualified ? this.constantShapes : this.bareConstantShapes).mayHave(text, start, end);
  }

  /** String codes whose length is within `slack` of `length`. */
  *stringCodesNear(length: number, slack: number): Iterable<string> {
    for (let l = length - slack; l <= length + slack; l++) yield* this.stringCodesByLength.get(l) ?? [];
  }

  /** Numeric code keys (decimal text) of all enabled entries. */
  numericCodes(): IterableIterator<string> {
    return this.byNumber.keys();
  }

  /**
   * Orders entries so that providers whose hints appear in the document come first;
   * ties keep catalogue order.
   */
  rank<T extends { readonly entry?: CatalogueEntry; readonly provider?: Provider }>(
    items: readonly T[],
    relevance: ProviderRelevance,
  ): T[] {
    if (items.length < 2) return [...items];
    const score = (t: T) => relevance.score((t.entry ?? (t as unknown as CatalogueEntry)).provider.id);
    return items
      .map((t, i) => ({ t, i, s: score(t) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((x) => x.t);
  }

  /** Which providers a document seems to use, from the provider hints found in its text. */
  relevanceFor(text: string): ProviderRelevance {
    // The head of a file (imports) says most; a bounded sample keeps this cheap on huge files.
    const sample = text.length > RELEVANCE_SAMPLE_LENGTH ? text.slice(0, RELEVANCE_SAMPLE_LENGTH) : text;
    // The score is the weight of the hints found: a ZIM server API handler (`SignatureNonce`, `zegocloud`)
    // outscores the ZIM client SDK (`zim` alone), so a code both know ranks the server API first there.
    const scores = this.hintScores.scores(sample);
    // A V2 file also matches the hints of the older generation (`nim` in `nim-web-sdk-ng`): a provider
    // that declares it outranks another found in the file scores above it.
    for (const provider of this.providers) {
      const own = scores.get(provider.id);
      if (own === undefined) continue;
      for (const id of provider.outranks ?? []) {
        const other = scores.get(id);
        if (other !== undefined && other >= own) scores.set(provider.id, other + 1);
      }
    }
    return { score: (id) => scores.get(id) ?? 0 };
  }
}

/** How much of the head of a document relevanceFor reads. */
export const RELEVANCE_SAMPLE_LENGTH = 65536;

export interface ProviderRelevance {
  score(providerId: string): number;
}

/**
 * A filter of names by length with first character and length with last character: two
 * table look-ups per identifier. It may let a name through that is not in the set, never
 * the other way round.
 */
class NameShapes {
  readonly lengthAndFirst = new Uint8Array(64 * 128);
  private readonly lengthAndLast = new Uint8Array(64 * 128);

  add(name: string): void {
    this.lengthAndFirst[slot(name.length, name.charCodeAt(0))] = 1;
    this.lengthAndLast[slot(name.length, name.charCodeAt(name.length - 1))] = 1;
  }

  mayHave(text: string, start: number, end: number): boolean {
    return (
      this.lengthAndFirst[slot(end - start, text.charCodeAt(start))] === 1 &&
      this.lengthAndLast[slot(end - start, text.charCodeAt(end - 1))] === 1
    );
  }
}

const slot = nameSlot;

export const codeKey = (code: number | string): string => (typeof code === 'number' ? String(code) : `'${code}`);
