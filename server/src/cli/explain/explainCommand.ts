import { describeEntry } from '../../service/render/describeEntry';
import type { CatalogueIndex } from '../../service/catalogue/catalogueIndex';
import type { ExplainOptions } from '../args';
import { markdownToTerminal, type Styles } from '../terminal';
import { findEntries } from './findEntries';

/** Catalogue languages the CLI can show; entries carry English today. */
export const EXPLAIN_LANGUAGES = ['en'] as const;

export interface ExplainOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1;
}

/**
 * `status-codes explain X`: every entry that knows X, the way the hover shows it (the hover's
 * markdown, rendered for the terminal), one provider after another. Exit code 1 when none does.
 */
export function explain(index: CatalogueIndex, options: ExplainOptions, styles: Styles): ExplainOutcome {
  const providers = index.providers.map((p) => p.id);
  if (options.provider !== undefined && !providers.includes(options.provider))
    return {
      stdout: '',
      stderr: `Unknown provider '${options.provider}'. Providers: ${providers.join(', ')}.\n`,
      exitCode: 1,
    };
  const entries = findEntries(index, options.query, options.provider);
  const note =
    options.lang && !(EXPLAIN_LANGUAGES as readonly string[]).includes(options.lang)
      ? `The catalogues carry no '${options.lang}' text yet; showing English.\n`
      : '';
  if (entries.length === 0) {
    const where = options.provider ? ` in ${options.provider}` : '';
    return {
      stdout: options.format === 'json' ? '[]\n' : '',
      stderr: `${note}No code, constant or server message '${options.query}'${where} in the catalogues.\n`,
      exitCode: 1,
    };
  }
  if (options.format === 'json') {
    const data = entries.map(({ entry }) => {
      const { provider, origin, overrides: _o, line: _l, ...fields } = entry;
      return { provider: provider.id, providerName: provider.name, ...fields, catalogue: origin.uri };
    });
    return { stdout: `${JSON.stringify(data, null, 2)}\n`, stderr: note, exitCode: 0 };
  }
  const rule = styles.dim('─'.repeat(60));
  const text = entries
    .map(({ entry, options: describe }) => markdownToTerminal(describeEntry(entry, describe), styles))
    .join(`\n\n${rule}\n\n`);
  return { stdout: `${text}\n`, stderr: note, exitCode: 0 };
}
