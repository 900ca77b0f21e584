import type { CatalogueIndex } from '../catalogue/catalogueIndex';
import { describeEntry } from '../render/describeEntry';
import type { CodeListItem } from '../../protocol';
import { entryMessage } from '../l10n/localizedEntry';
import type { Locale } from '../l10n/locale';

export type { CodeListItem, ListCodesParams } from '../../protocol';

/** Every code of the enabled catalogues; the providers a document seems to use come first. */
export function listCodes(index: CatalogueIndex, documentText = '', locale: Locale = 'en'): CodeListItem[] {
  const ranked = index.rank(index.entries, index.relevanceFor(documentText));
  return ranked.map((entry) => ({
    code: entry.code,
    provider: entry.provider.id,
    providerName: entry.provider.name,
    name: entry.name,
    message: entryMessage(entry, locale),
    markdown: describeEntry(entry, { locale }),
  }));
}
