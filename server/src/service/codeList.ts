import type { CatalogueIndex } from './catalogue/catalogueIndex';
import { describeEntry } from './describeEntry';

/** The custom request behind "Search codes...": `{ uri }` → CodeListItem[]. */
export const LIST_CODES_METHOD = 'statusCodes/listCodes';

export interface ListCodesParams {
  /** The document or folder whose settings decide which catalogues are enabled. */
  readonly uri: string;
}

/** One code of an enabled catalogue, as the client lists it. */
export interface CodeListItem {
  readonly code: number | string;
  readonly provider: string;
  readonly providerName: string;
  readonly name: string;
  readonly message: string;
  /** The full description, as hover shows it. */
  readonly markdown: string;
}

/** Every code of the enabled catalogues; the providers a document seems to use come first. */
export function listCodes(index: CatalogueIndex, documentText = ''): CodeListItem[] {
  const ranked = index.rank(index.entries, index.relevanceFor(documentText));
  return ranked.map((entry) => ({
    code: entry.code,
    provider: entry.provider.id,
    providerName: entry.provider.name,
    name: entry.name,
    message: entry.message,
    markdown: describeEntry(entry),
  }));
}
