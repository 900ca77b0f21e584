import { describeEntry } from '../../service/render/describeEntry';
import type { CatalogueIndex } from '../../service/catalogue/catalogueIndex';
import type { ExplainOptions } from '../args';
import { markdownToTerminal, type Styles } from '../terminal';
import { findEntries } from './findEntries';
import type { Locale } from '../../service/l10n/locale';
import { t } from '../../service/l10n/messages';

export interface ExplainOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1;
}

/**
 * `status-codes explain X`: every entry that knows X, the way the hover shows it (the hover's
 * markdown, rendered for the terminal), one provider after another. Exit code 1 when none does.
 */
export function explain(
  index: CatalogueIndex,
  options: ExplainOptions,
  styles: Styles,
  locale: Locale = 'en',
): ExplainOutcome {
  const providers = index.providers.map((p) => p.id);
  if (options.provider !== undefined && !providers.includes(options.provider))
    return {
      stdout: '',
      stderr: `${t(locale, "Unknown provider '{0}'. Providers: {1}.", options.provider, providers.join(', '))}\n`,
      exitCode: 1,
    };
  const entries = findEntries(index, options.query, options.provider);
  if (entries.length === 0) {
    const message = options.provider
      ? t(
          locale,
          "No code, constant or server message '{0}' in {1} in the catalogues.",
          options.query,
          options.provider,
        )
      : t(locale, "No code, constant or server message '{0}' in the catalogues.", options.query);
    return {
      stdout: options.format === 'json' ? '[]\n' : '',
      stderr: `${message}\n`,
      exitCode: 1,
    };
  }
  if (options.format === 'json') {
    const data = entries.map(({ entry }) => {
      const { provider, origin, overrides: _o, line: _l, ...fields } = entry;
      return { provider: provider.id, providerName: provider.name, ...fields, catalogue: origin.uri };
    });
    return { stdout: `${JSON.stringify(data, null, 2)}\n`, stderr: '', exitCode: 0 };
  }
  const rule = styles.dim('─'.repeat(60));
  const text = entries
    .map(({ entry, options: describe }) => markdownToTerminal(describeEntry(entry, { ...describe, locale }), styles))
    .join(`\n\n${rule}\n\n`);
  return { stdout: `${text}\n`, stderr: '', exitCode: 0 };
}
