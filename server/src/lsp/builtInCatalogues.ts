import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogueStore } from '../service/catalogue/catalogueStore';

/** The folder with the built-in catalogues and the schema: `data/` next to `dist/`. */
export function dataDirectory(): string {
  return process.env.STATUS_CODES_DATA_DIR ?? path.join(__dirname, '..', 'data');
}

export function readSchema(dir = dataDirectory()): object {
  return JSON.parse(fs.readFileSync(path.join(dir, 'catalogue.schema.json'), 'utf8')) as object;
}

/** Loads every `data/*.json` catalogue (all but the schema) into the store. */
export function loadBuiltInCatalogues(store: CatalogueStore, dir = dataDirectory()): number {
  let count = 0;
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.json') && n !== 'catalogue.schema.json')
    .sort()) {
    const file = path.join(dir, name);
    store.addBuiltIn(pathToFileURL(file).toString(), fs.readFileSync(file, 'utf8'));
    count++;
  }
  return count;
}
