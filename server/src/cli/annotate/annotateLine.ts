import { TextDocument } from 'vscode-languageserver-textdocument';
import { isRecognised } from '../../service/analysis/findings';
import type { CatalogueIndex } from '../../service/catalogue/catalogueIndex';
import { entriesFor } from '../../service/features/hover';
import type { LanguageService } from '../../service/languageService';
import type { Styles } from '../terminal';
import { entryMessage } from '../../service/l10n/localizedEntry';
import type { Locale } from '../../service/l10n/locale';
import { t } from '../../service/l10n/messages';

const LOG_URI = 'untitled:status-codes-annotate.log';

/**
 * One log line with the meanings of the codes, SDK constants and server messages on it
 * appended: `... code=414  ⟵ 414 Parameter error (NetEase CommsEase IM)`. The line is read
 * as the editor reads a `.log` file, so the same numbers count as codes. Lines without any
 * come back unchanged.
 */
export function annotateLine(
  line: string,
  service: LanguageService,
  index: CatalogueIndex,
  styles: Styles,
  locale: Locale = 'en',
): string {
  const document = TextDocument.create(LOG_URI, 'log', 1, line);
  const analysis = service.doAnalysis(document, index);
  try {
    const notes: string[] = [];
    for (const finding of analysis.all()) {
      if (!isRecognised(finding)) continue;
      const entries = entriesFor(analysis, finding);
      const first = entries[0];
      if (!first) continue;
      const others = entries.length > 1 ? ` ${t(locale, '+{0} more', entries.length - 1)}` : '';
      const code = typeof first.code === 'number' ? String(first.code) : `'${first.code}'`;
      const subject = finding.kind === 'code' ? code : `${finding.text} = ${code}`;
      const note = `${subject} ${entryMessage(first, locale).replace(/\s+/g, ' ').trim()} (${first.provider.name}${others})`;
      if (!notes.includes(note)) notes.push(note);
    }
    return notes.length ? `${line}  ${styles.dim('⟵')} ${styles.accent(notes.join('; '))}` : line;
  } finally {
    service.documentClosed(LOG_URI);
  }
}
