import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { CatalogueIndex } from '../../service/catalogue/catalogueIndex';
import type { LanguageService } from '../../service/languageService';
import type { Styles } from '../terminal';
import { annotateLine } from './annotateLine';
import type { Locale } from '../../service/l10n/locale';

/**
 * `status-codes annotate [file|-]...`: copies each input to `out` line by line, as lines
 * arrive (so `tail -f app.log | status-codes annotate` follows the log), with the meanings
 * of the codes on each line appended.
 */
export async function annotate(
  inputs: readonly string[],
  service: LanguageService,
  index: CatalogueIndex,
  styles: Styles,
  out: NodeJS.WritableStream,
  locale: Locale = 'en',
): Promise<void> {
  for (const input of inputs) {
    const stream = input === '-' ? process.stdin : fs.createReadStream(input, { encoding: 'utf8' });
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity, terminal: false });
    for await (const line of lines) {
      if (!out.write(`${annotateLine(line, service, index, styles, locale)}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
}
