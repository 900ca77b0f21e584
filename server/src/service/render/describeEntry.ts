import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import { escapeMarkdown, inlineCode, safeLink } from './markdown';

const PROVENANCE: Record<NonNullable<CatalogueEntry['provenance']>, string> = {
  'official-doc': 'official documentation',
  'sdk-only': 'SDK headers only (not on the official status-code page)',
  'doc-and-sdk': 'official documentation and SDK headers',
};

export interface DescribeOptions {
  /** The server message the user pointed at, to explain first. */
  readonly serverMessage?: string;
  /** The SDK constant the user pointed at. */
  readonly constant?: string;
}

/** The markdown that explains one catalogue entry (hover, completion documentation). */
export function describeEntry(entry: CatalogueEntry, options: DescribeOptions = {}): string {
  if (options.serverMessage === undefined && options.constant === undefined) {
    // Completion documents every code on every request: describe each entry once.
    let text = plain.get(entry);
    if (text === undefined) plain.set(entry, (text = render(entry, options)));
    return text;
  }
  return render(entry, options);
}

const plain = new WeakMap<CatalogueEntry, string>();

function render(entry: CatalogueEntry, options: DescribeOptions): string {
  const code = typeof entry.code === 'number' ? String(entry.code) : `'${entry.code}'`;
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(code)}** · ${escapeMarkdown(entry.provider.name)} · ${inlineCode(entry.name)}`);
  parts.push(`**${escapeMarkdown(entry.message)}**`);
  if (options.serverMessage) {
    const m = entry.serverMessages?.find((s) => s.text === options.serverMessage);
    parts.push(
      `Server message ${inlineCode(options.serverMessage)} is returned with code ${escapeMarkdown(code)}${m?.explanation ? `: ${escapeMarkdown(m.explanation)}` : '.'}`,
    );
  }
  if (options.constant) parts.push(`Constant ${inlineCode(options.constant)} = ${escapeMarkdown(code)}`);
  if (entry.summary) parts.push(escapeMarkdown(entry.summary));
  if (entry.causes?.length) parts.push(`**Causes**\n${entry.causes.map((c) => `- ${escapeMarkdown(c)}`).join('\n')}`);
  if (entry.remedies?.length)
    parts.push(`**What to do**\n${entry.remedies.map((r) => `- ${escapeMarkdown(r)}`).join('\n')}`);
  if (entry.serverMessages?.length && !options.serverMessage) {
    parts.push(
      `**Server messages**\n${entry.serverMessages.map((m) => `- ${inlineCode(m.text)}${m.explanation ? `: ${escapeMarkdown(m.explanation)}` : ''}`).join('\n')}`,
    );
  }
  if (entry.disagreements?.length) {
    parts.push(
      `**Sources disagree** on this code:\n${entry.disagreements.map((d) => `- ${escapeMarkdown(d.meaning)}${d.source ? ` (${escapeMarkdown(d.source)})` : ''}`).join('\n')}`,
    );
  }
  const constants = entry.constants?.length
    ? `SDK constants: ${[...new Set(entry.constants.map((c) => (c.container ? `${c.container}.${c.name}` : c.name)))].map(inlineCode).join(', ')}`
    : '';
  if (constants) parts.push(constants);
  if (entry.note) parts.push(`*${escapeMarkdown(entry.note)}*`);
  const footer: string[] = [];
  if (entry.provenance) footer.push(`Source: ${PROVENANCE[entry.provenance]}`);
  if (entry.overrides) footer.push('Defined in your catalogue; overrides the built-in entry');
  else if (!entry.origin.builtIn) footer.push('From your catalogue');
  const link = safeLink('Official documentation', entry.doc ?? entry.provider.docs);
  if (link) footer.push(link);
  if (footer.length) parts.push(footer.join(' · '));
  return parts.join('\n\n');
}
