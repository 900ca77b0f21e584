import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import { RELEVANCE_SAMPLE_LENGTH, type CatalogueIndex, type ProviderRelevance } from '../catalogue/catalogueIndex';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { completionSiteAt } from './completionContext';
import type { CompletionSite } from './completionSite';
import { describeEntry } from '../render/describeEntry';
import type { DocumentAnalysis } from '../analysis/documentAnalysis';
import { syntaxFor, type LexicalSyntax } from '../scan/languages';
import { linesOf } from '../text/lineSource';
import { entryMessage } from '../l10n/localizedEntry';
import type { Locale } from '../l10n/locale';
import { sdkConstantsByContainer } from '../analysis/sdkConstants';

/** `PARAM`, `ROOM_NOT`: a word typed like a constant name asks for codes by their names. */
const CONSTANT_STYLE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]*)*$/;
/** Families whose code style prefers single quotes for strings. */
const SINGLE_QUOTED = new Set(['javascript', 'python', 'dart', 'php', 'ruby']);

/**
 * Completion of status codes where a code belongs. Outside code contexts there is
 * nothing: an editor full of code suggestions after every `=` would be noise.
 */
export function completions(
  document: TextDocument,
  position: Position,
  index: CatalogueIndex,
  analysis?: DocumentAnalysis,
  locale: Locale = 'en',
): CompletionList | null {
  const site = completionSiteAt(document, position, analysis);
  if (!site) return null;
  const relevance = analysis?.relevance ?? index.relevanceFor(linesOf(document).head(RELEVANCE_SAMPLE_LENGTH));
  if (site.kind === 'member') return memberCompletions(site, document.languageId, index, relevance, locale);
  const range = rangeOf(site.line, site.replace);
  if (site.quote) {
    const { char, closed } = site.quote;
    const items = index.entries
      .filter((e) => typeof e.code === 'string')
      .map((e, i) =>
        codeItem(e, i, relevance, range, String(e.code) + (closed || site.after.trim() ? '' : char), locale),
      );
    return items.length ? { isIncomplete: false, items } : null;
  }
  const syntax = syntaxFor(document.languageId);
  if (CONSTANT_STYLE.test(site.word) && site.word.length >= 2) {
    return {
      isIncomplete: false,
      items: index.entries.map((e, i) => constantNameItem(e, i, relevance, range, syntax, site.after, locale)),
    };
  }
  const quote = SINGLE_QUOTED.has(syntax.family) && syntax.quotes.includes("'") ? "'" : '"';
  const items = index.entries.map((e, i) => codeItem(e, i, relevance, range, codeLiteral(e, quote), locale));
  // With nothing typed yet, ask again as the user types: a constant-style word changes what is offered.
  return { isIncomplete: site.word === '', items };
}

function codeItem(
  entry: CatalogueEntry,
  position: number,
  relevance: ProviderRelevance,
  range: Range,
  newText: string,
  locale: Locale,
): CompletionItem {
  const code = String(entry.code);
  return {
    label: code,
    labelDetails: { description: entry.provider.name },
    kind: CompletionItemKind.Value,
    detail: entryMessage(entry, locale),
    documentation: { kind: 'markdown', value: describeEntry(entry, { locale }) },
    filterText: `${code} ${entry.name} ${messageWords(entry, locale)}`,
    sortText: sortKey(entry, position, relevance),
    textEdit: { range, newText },
  };
}

/** `414 /* PARAMETER_ERROR *\/`: the literal, with the name kept beside it as a comment. */
function constantNameItem(
  entry: CatalogueEntry,
  position: number,
  relevance: ProviderRelevance,
  range: Range,
  syntax: LexicalSyntax,
  after: string,
  locale: Locale,
): CompletionItem {
  const quote = SINGLE_QUOTED.has(syntax.family) && syntax.quotes.includes("'") ? "'" : '"';
  const literal = codeLiteral(entry, quote);
  return {
    label: entry.name,
    labelDetails: { detail: ` ${String(entry.code)}`, description: entry.provider.name },
    kind: CompletionItemKind.Constant,
    detail: `${String(entry.code)} · ${entryMessage(entry, locale)}`,
    documentation: { kind: 'markdown', value: describeEntry(entry, { locale }) },
    filterText: `${entry.name} ${String(entry.code)}`,
    sortText: sortKey(entry, position, relevance),
    textEdit: { range, newText: literal + trailingComment(entry.name, syntax, after) },
  };
}

/**
 * A comment naming the constant. A block comment is safe anywhere; a line comment
 * only where nothing follows on the line, since it would swallow the rest.
 */
export function trailingComment(name: string, syntax: LexicalSyntax, after: string): string {
  const { block, line } = syntax.commentStyle;
  if (block) return ` ${block[0]} ${name} ${block[1]}`;
  if (line && after.trim() === '') return `${syntax.family === 'python' ? '  ' : ' '}${line} ${name}`;
  return '';
}

function memberCompletions(
  site: Extract<CompletionSite, { kind: 'member' }>,
  languageId: string,
  index: CatalogueIndex,
  relevance: ProviderRelevance,
  locale: Locale,
): CompletionList | null {
  const members = (sdkConstantsByContainer(index).get(site.container) ?? []).filter(
    (m) => !m.languages || m.languages.includes(languageId),
  );
  if (members.length === 0) return null;
  const range = rangeOf(site.line, site.replace);
  const items = members.map(
    (m, i): CompletionItem => ({
      label: m.name,
      labelDetails: { detail: ` = ${String(m.entry.code)}`, description: m.entry.provider.name },
      kind: CompletionItemKind.EnumMember,
      detail: `${String(m.entry.code)} · ${entryMessage(m.entry, locale)}`,
      documentation: {
        kind: 'markdown',
        value: describeEntry(m.entry, { constant: `${site.container}.${m.name}`, locale }),
      },
      filterText: `${m.name} ${String(m.entry.code)} ${messageWords(m.entry, locale)}`,
      sortText: sortKey(m.entry, i, relevance),
      textEdit: { range, newText: m.name },
    }),
  );
  return { isIncomplete: false, items };
}

/** The words of the message a user may type to find a code: English always, and the reader's language. */
function messageWords(entry: CatalogueEntry, locale: Locale): string {
  const localized = entryMessage(entry, locale);
  return localized === entry.message ? entry.message : `${entry.message} ${localized}`;
}

const codeLiteral = (entry: CatalogueEntry, quote: string): string =>
  typeof entry.code === 'number' ? String(entry.code) : `${quote}${entry.code}${quote}`;

/** Providers the document seems to use first, then catalogue order. */
const sortKey = (entry: CatalogueEntry, position: number, relevance: ProviderRelevance): string =>
  `${String(Math.max(0, 99 - Math.round(relevance.score(entry.provider.id)))).padStart(2, '0')}${String(position).padStart(5, '0')}`;

const rangeOf = (line: number, r: { start: number; end: number }): Range => ({
  start: { line, character: r.start },
  end: { line, character: r.end },
});
