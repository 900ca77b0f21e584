import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Position, Range } from 'vscode-languageserver-types';
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex, type ProviderRelevance } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { visit, type CompletionWork } from '../catalogue/completionIndex';
import { isDigits, nameMatches, normalizedQuery } from '../catalogue/nameWords';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { sdkConstantsByContainer } from '../analysis/sdkConstants';
import { syntaxFor } from '../scan/languages';
import { linesOf } from '../text/lineSource';
import type { Locale } from '../l10n/locale';
import { completionSiteAt } from './completionContext';
import { enumMembersOf, enumsUsedIn } from './completionEnums';
import { codeItem, constantNameItem, sdkConstantItem } from './completionItems';
import type { CompletionSite } from './completionSite';

/** At most this many rows; with more to offer, the list is incomplete and the client asks again as the user types. */
export const COMPLETION_LIMIT = 100;
/** Entries one completion may look at before it answers with what it has (marked incomplete). */
export const COMPLETION_BUDGET = 20 * COMPLETION_LIMIT;

/** `PARAM`, `ROOM_NOT`: a word typed like a constant name asks for codes by their names. */
const CONSTANT_STYLE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]*)*$/;
/** Families whose code style prefers single quotes for strings. */
const SINGLE_QUOTED = new Set(['javascript', 'python', 'dart', 'php', 'ruby']);

/** Row groups, in the order they are offered: the file's own SDK enum, then numbers, then string codes. */
const enum Group {
  SdkEnum = 0,
  Number = 1,
  String = 2,
}

export const newCompletionWork = (): CompletionWork => ({ visited: 0, budget: COMPLETION_BUDGET, exhausted: false });

/**
 * Completion of status codes where a code belongs. Outside code contexts there is nothing: an
 * editor full of code suggestions after every `=` would be noise. The typed word selects the
 * entries through the catalogue's completion index (digits, names), at most COMPLETION_LIMIT rows.
 */
export function completions(
  document: TextDocument,
  position: Position,
  index: CatalogueIndex,
  analysis?: DocumentAnalysis,
  locale: Locale = 'en',
  work: CompletionWork = newCompletionWork(),
): CompletionList | null {
  const site = completionSiteAt(document, position, analysis);
  if (!site) return null;
  const relevance = analysis?.relevance ?? index.relevanceFor(linesOf(document).head(RELEVANCE_SAMPLE_LENGTH));
  if (site.kind === 'member') return memberCompletions(site, document.languageId, index, relevance, locale, work);
  const range = rangeOf(site.line, site.replace);
  const rows = new Rows(work);
  const query = normalizedQuery(site.word);
  if (site.quote) {
    const closing = site.quote.closed || site.after.trim() ? '' : site.quote.char;
    rows.take(index.completion.strings(query, relevance, work), (e) => [
      [Group.String, codeItem(e, range, String(e.code) + closing, locale)],
    ]);
    return rows.list(site.word);
  }
  const syntax = syntaxFor(document.languageId);
  const quote = SINGLE_QUOTED.has(syntax.family) && syntax.quotes.includes("'") ? "'" : '"';
  const constantStyle = CONSTANT_STYLE.test(site.word) && site.word.length >= 2;
  const enums = enumsUsedIn(document, index, analysis);
  const rowsOf = (e: CatalogueEntry): [Group, CompletionItem][] => {
    const literal = codeLiteral(e, quote);
    const own: [Group, CompletionItem] = [
      typeof e.code === 'number' ? Group.Number : Group.String,
      constantStyle
        ? constantNameItem(e, range, literal, syntax, site.after, locale)
        : codeItem(e, range, literal, locale),
    ];
    const members = enumMembersOf(e, enums, document.languageId).map((m): [Group, CompletionItem] => [
      Group.SdkEnum,
      sdkConstantItem(e, m.container, m.name, range, true, locale),
    ]);
    return [...members, own];
  };
  const completion = index.completion;
  if (site.word === '') {
    rows.take(completion.numeric('', relevance, work), rowsOf);
    rows.take(completion.strings('', relevance, work), rowsOf);
  } else if (isDigits(site.word)) {
    rows.take(completion.numeric(site.word, relevance, work), rowsOf);
  } else {
    rows.take(completion.named(query, relevance, work), rowsOf);
  }
  return rows.list(site.word);
}

/** After `ZIMErrorCode.`: the enum's members for the document's language whose names match the typed word. */
function memberCompletions(
  site: Extract<CompletionSite, { kind: 'member' }>,
  languageId: string,
  index: CatalogueIndex,
  relevance: ProviderRelevance,
  locale: Locale,
  work: CompletionWork,
): CompletionList | null {
  const members = sdkConstantsByContainer(index).get(site.container);
  if (!members) return null;
  const range = rangeOf(site.line, site.replace);
  const rows = new Rows(work);
  const query = normalizedQuery(site.word);
  const fits = (c: { container?: string; name: string; languages?: readonly string[] }) =>
    c.container === site.container && (!c.languages || c.languages.includes(languageId)) && nameMatches(c.name, query);
  if (query === '') {
    rows.take(visited(members, work), (m) =>
      fits({ ...m, container: site.container })
        ? [[Group.SdkEnum, sdkConstantItem(m.entry, site.container, m.name, range, false, locale)]]
        : [],
    );
  } else {
    rows.take(index.completion.named(query, relevance, work), (e) =>
      (e.constants ?? [])
        .filter(fits)
        .map((c): [Group, CompletionItem] => [
          Group.SdkEnum,
          sdkConstantItem(e, site.container, c.name, range, false, locale),
        ]),
    );
  }
  return rows.list(site.word);
}

function* visited<T>(items: readonly T[], work: CompletionWork): Generator<T> {
  for (const item of items) if (visit(work)) yield item;
}

/**
 * The rows of one answer, grouped, up to COMPLETION_LIMIT. Entries come in the order they are offered
 * (most relevant provider first); `sortText` keeps that order in the client.
 */
class Rows {
  private readonly groups: CompletionItem[][] = [[], [], []];
  private count = 0;
  private capped = false;

  constructor(private readonly work: CompletionWork) {}

  take<T>(entries: Iterable<T>, rowsOf: (entry: T) => [Group, CompletionItem][]): void {
    if (this.capped) return;
    for (const entry of entries) {
      const rows = rowsOf(entry);
      if (this.count + rows.length > COMPLETION_LIMIT) {
        this.capped = true; // more was there
        return;
      }
      for (const [group, item] of rows) {
        this.groups[group]!.push(item);
        this.count++;
      }
    }
  }

  list(word: string): CompletionList | null {
    const items = this.groups.flat();
    if (items.length === 0) return null;
    items.forEach((item, i) => (item.sortText = String(i).padStart(4, '0')));
    // A word of one character asks again as well: `P` becomes the constant-style `PA`.
    return { isIncomplete: this.capped || this.work.exhausted || word.length < 2, items };
  }
}

const codeLiteral = (entry: CatalogueEntry, quote: string): string =>
  typeof entry.code === 'number' ? String(entry.code) : `${quote}${entry.code}${quote}`;

const rangeOf = (line: number, r: { start: number; end: number }): Range => ({
  start: { line, character: r.start },
  end: { line, character: r.end },
});
