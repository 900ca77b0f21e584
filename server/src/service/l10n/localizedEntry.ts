import type { CatalogueEntry } from '../catalogue/catalogueTypes';
import type { Locale } from './locale';

/** The texts of an entry a reader sees, in one locale. */
export interface EntryTexts {
  readonly message: string;
  readonly summary?: string;
  readonly causes?: readonly string[];
  readonly remedies?: readonly string[];
}

/**
 * An entry's message, summary, causes and remedies in `locale`: its `translations[locale]`
 * where the catalogue has one, field by field, else the English text (a user catalogue may
 * translate only the message).
 */
export function entryTexts(entry: CatalogueEntry, locale: Locale): EntryTexts {
  const translation = locale === 'en' ? undefined : entry.translations?.[locale];
  if (!translation) return entry;
  return {
    message: translation.message,
    summary: translation.summary ?? entry.summary,
    causes: translation.causes ?? entry.causes,
    remedies: translation.remedies ?? entry.remedies,
  };
}

/** The entry's message in `locale` (completion details, inlay hints, diagnostics). */
export const entryMessage = (entry: CatalogueEntry, locale: Locale): string => entryTexts(entry, locale).message;
