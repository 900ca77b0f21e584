import type { CatalogueStore } from '../service/catalogue/catalogueStore';
// A module esbuild makes at build time from data/*.json (scripts/build.mjs): a web worker has no file system.
import { catalogues, schema } from 'status-codes:built-in-catalogues';

/** The schema of data/catalogue.schema.json, bundled. */
export const bundledSchema: object = schema;

/** Loads the bundled built-in catalogues (their text as in data/, so definitions point at the right lines). */
export function loadBundledCatalogues(store: CatalogueStore): number {
  for (const { name, text } of catalogues) store.addBuiltIn(`status-codes-builtin:/data/${name}`, text);
  return catalogues.length;
}
