import { CompletionItemKind, type Range } from 'vscode-languageserver-types';
import { DESCRIBE, type LazyCompletionItem } from './completionResolve';
import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { describeEntry } from '../render/describeEntry';
import type { LexicalSyntax } from '../scan/languages';
import { entryMessage } from '../l10n/localizedEntry';
import type { Locale } from '../l10n/locale';

/** A row's message is cut at its first clause (`Token expired; renew it…` → `Token expired`), and at this length. */
const SHORT_MESSAGE_LENGTH = 60;

/** The message as a row shows it beside the code: its first clause, short. */
export function shortMessage(message: string): string {
  const clause = message.split(/[;；。]|\.(?:\s|$)/, 1)[0]!.trim() || message.trim();
  return clause.length > SHORT_MESSAGE_LENGTH ? `${clause.slice(0, SHORT_MESSAGE_LENGTH - 1).trimEnd()}…` : clause;
}

/** `414  Parameter error · NetEase CommsEase IM`: the code, inserted as `newText`. */
export function codeItem(entry: CatalogueEntry, range: Range, newText: string, locale: Locale): LazyCompletionItem {
  const code = String(entry.code);
  const message = entryMessage(entry, locale);
  return {
    label: code,
    labelDetails: { detail: ` ${shortMessage(message)}`, description: entry.provider.name },
    kind: CompletionItemKind.Value,
    detail: message,
    [DESCRIBE]: () => describeEntry(entry, { locale }),
    filterText: `${code} ${entry.name} ${messageWords(entry, message)}`,
    textEdit: { range, newText },
  };
}

/** `PARAMETER_ERROR  414 · Parameter error`: inserted as `414 /* PARAMETER_ERROR *\/`, the name kept beside it. */
export function constantNameItem(
  entry: CatalogueEntry,
  range: Range,
  literal: string,
  syntax: LexicalSyntax,
  after: string,
  locale: Locale,
): LazyCompletionItem {
  const message = entryMessage(entry, locale);
  return {
    label: entry.name,
    labelDetails: {
      detail: ` ${String(entry.code)} · ${shortMessage(message)}`,
      description: entry.provider.name,
    },
    kind: CompletionItemKind.Constant,
    detail: `${String(entry.code)} · ${message}`,
    [DESCRIBE]: () => describeEntry(entry, { locale }),
    filterText: `${entry.name} ${String(entry.code)}`,
    textEdit: { range, newText: literal + trailingComment(entry.name, syntax, after) },
  };
}

/**
 * A member of an SDK error enum: `NetworkModuleTokenExpired = 6000106 · Token expired` after
 * `ZIMErrorCode.` (`newText` the member), or `ZIMErrorCode.NetworkModuleTokenExpired` where a code is
 * typed in a file that uses the enum (`newText` the qualified name).
 */
export function sdkConstantItem(
  entry: CatalogueEntry,
  container: string,
  name: string,
  range: Range,
  qualified: boolean,
  locale: Locale,
): LazyCompletionItem {
  const code = String(entry.code);
  const message = entryMessage(entry, locale);
  const label = qualified ? `${container}.${name}` : name;
  return {
    label,
    labelDetails: { detail: ` = ${code} · ${shortMessage(message)}`, description: entry.provider.name },
    kind: CompletionItemKind.EnumMember,
    detail: `${code} · ${message}`,
    [DESCRIBE]: () => describeEntry(entry, { constant: `${container}.${name}`, locale }),
    filterText: qualified
      ? `${name} ${label} ${code} ${messageWords(entry, message)}`
      : `${name} ${code} ${messageWords(entry, message)}`,
    textEdit: { range, newText: label },
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

/** The words of the message a user may type to find a code: English always, and the reader's language. */
const messageWords = (entry: CatalogueEntry, localized: string): string =>
  localized === entry.message ? entry.message : `${entry.message} ${localized}`;
