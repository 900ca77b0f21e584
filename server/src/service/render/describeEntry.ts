import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { servesLastGood } from '../catalogue/catalogueStore';
import { entryTexts } from '../l10n/localizedEntry';
import type { Locale } from '../l10n/locale';
import { t } from '../l10n/messages';
import { escapeMarkdown, inlineCode, safeLink } from './markdown';

/** Short: the footer is the last line of a hover, read least. */
const PROVENANCE: Record<NonNullable<CatalogueEntry['provenance']>, (locale: Locale) => string> = {
  'official-doc': (locale) => t(locale, 'official docs'),
  'sdk-only': (locale) => t(locale, 'SDK headers only'),
  'doc-and-sdk': (locale) => t(locale, 'official docs and SDK headers'),
};

/** A hover shows this many causes and remedies (catalogues list the most common first); the rest are linked. */
const SHOWN_CAUSES = 3;
const SHOWN_REMEDIES = 3;
const SHOWN_SERVER_MESSAGES = 3;

export interface DescribeOptions {
  /** The server message the user pointed at, to explain first. */
  readonly serverMessage?: string;
  /** The SDK constant the user pointed at. */
  readonly constant?: string;
  /** The reader's language (default English). */
  readonly locale?: Locale;
}

/** The markdown that explains one catalogue entry (hover, completion documentation). */
export function describeEntry(entry: CatalogueEntry, options: DescribeOptions = {}): string {
  if (options.serverMessage === undefined && options.constant === undefined) {
    // Completion documents every code on every request: describe each entry once.
    // A catalogue serving its last good version is described afresh (it says so until the file is fixed).
    if (servesLastGood(entry.origin)) return render(entry, options);
    const cache = plain[options.locale ?? 'en'];
    let text = cache.get(entry);
    if (text === undefined) cache.set(entry, (text = render(entry, options)));
    return text;
  }
  return render(entry, options);
}

const plain: Record<Locale, WeakMap<CatalogueEntry, string>> = { en: new WeakMap(), 'zh-cn': new WeakMap() };

function render(entry: CatalogueEntry, options: DescribeOptions): string {
  const locale = options.locale ?? 'en';
  const texts = entryTexts(entry, locale);
  const code = typeof entry.code === 'number' ? String(entry.code) : `'${entry.code}'`;
  const parts: string[] = [];
  // First screen: what it is, what it means, what to do. Detail after; provenance last.
  parts.push(`**${escapeMarkdown(code)}** · ${escapeMarkdown(entry.provider.name)} · ${inlineCode(entry.name)}`);
  if (servesLastGood(entry.origin)) {
    parts.push(
      `*${t(locale, 'From the last good version of {0}: the file has problems now.', escapeMarkdown(fileName(entry.origin.uri)))}*`,
    );
  }
  parts.push(`**${escapeMarkdown(texts.message)}**`);
  if (texts.summary) parts.push(escapeMarkdown(texts.summary));
  if (options.serverMessage) {
    const m = entry.serverMessages?.find((s) => s.text === options.serverMessage);
    const said = t(
      locale,
      'Server message {0} is returned with code {1}',
      inlineCode(options.serverMessage),
      escapeMarkdown(code),
    );
    parts.push(`${said}${m?.explanation ? `: ${escapeMarkdown(m.explanation)}` : '.'}`);
  }
  if (options.constant)
    parts.push(`${t(locale, 'Constant')} ${inlineCode(options.constant)} = ${escapeMarkdown(code)}`);
  const more = entryLink(entry);
  if (texts.remedies?.length)
    parts.push(`**${t(locale, 'What to do')}**\n${list(texts.remedies, SHOWN_REMEDIES, more, locale)}`);
  if (texts.causes?.length) parts.push(`**${t(locale, 'Causes')}**\n${list(texts.causes, SHOWN_CAUSES, more, locale)}`);
  if (entry.serverMessages?.length && !options.serverMessage) {
    const shown = entry.serverMessages.slice(0, SHOWN_SERVER_MESSAGES);
    const rest = entry.serverMessages.length - shown.length;
    parts.push(
      `**${t(locale, 'Server messages')}**\n${shown.map((m) => `- ${inlineCode(m.text)}${m.explanation ? `: ${escapeMarkdown(m.explanation)}` : ''}`).join('\n')}${rest > 0 ? `\n- ${andMore(rest, more, locale)}` : ''}`,
    );
  }
  if (entry.disagreements?.length) {
    parts.push(
      `${t(locale, '**Sources disagree** on this code:')}\n${entry.disagreements.map((d) => `- ${escapeMarkdown(d.meaning)}${d.source ? ` (${escapeMarkdown(d.source)})` : ''}`).join('\n')}`,
    );
  }
  if (entry.note) parts.push(`*${escapeMarkdown(entry.note)}*`);
  const footer: string[] = [];
  const constants = [
    ...new Set((entry.constants ?? []).map((c) => (c.container ? `${c.container}.${c.name}` : c.name))),
  ];
  if (constants[0]) footer.push(inlineCode(constants[0]));
  const link = safeLink(t(locale, 'Docs'), entry.doc ?? entry.provider.docs);
  if (link) footer.push(link);
  if (entry.provenance) footer.push(t(locale, 'Source: {0}', PROVENANCE[entry.provenance](locale)));
  if (entry.overrides) footer.push(t(locale, 'Your catalogue (overrides the built-in entry)'));
  else if (!entry.origin.builtIn) footer.push(t(locale, 'Your catalogue'));
  if (footer.length) parts.push(footer.join(' · '));
  return parts.join('\n\n');
}

/** The first `shown` items as a list, and "and N more" (linked to the entry) for the rest. */
function list(items: readonly string[], shown: number, link: string, locale: Locale): string {
  // Never "and 1 more": one more line costs what the link costs.
  const cut = items.length > shown + 1 ? shown : items.length;
  const lines = items.slice(0, cut).map((item) => `- ${escapeMarkdown(item)}`);
  if (cut < items.length) lines.push(`- ${andMore(items.length - cut, link, locale)}`);
  return lines.join('\n');
}

const andMore = (n: number, link: string, locale: Locale): string => {
  const text = t(locale, 'and {0} more', n);
  return link ? `[${text}](${link})` : text;
};

/**
 * The entry in its catalogue file, `file:///.../commsease-im.json#L120`: our own URIs (the VS Code
 * client opens built-in files read-only). Characters that would end a markdown link are encoded.
 */
function entryLink(entry: CatalogueEntry): string {
  if (!/^file:\/\/[^\s]*$/.test(entry.origin.uri)) return '';
  return `${entry.origin.uri.replace(/[()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}#L${entry.line + 1}`;
}

const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
