import * as path from 'node:path';
import { CatalogueStore } from '../../service/catalogue/catalogueStore';
import { loadBuiltInCatalogues, loadSchema } from '../../lsp/builtInCatalogues';
import type { ConfigProblem } from './configProblem';

/**
 * The built-in catalogues, loaded once to see that they all load. A damaged one is a problem
 * of the installation, not a finding: the run must not pass quietly without its codes, so each
 * becomes a configuration problem (stderr, exit code 2). The store serves to validate user catalogues.
 */
export function checkBuiltInCatalogues(): { store: CatalogueStore; problems: ConfigProblem[] } {
  const schema = loadSchema();
  const store = new CatalogueStore(schema.schema);
  const { failures } = loadBuiltInCatalogues(store);
  const problems = [...(schema.failure ? [schema.failure] : []), ...failures].map((f) => ({
    file: f.file,
    line: 1,
    column: 1,
    message: `Built-in catalogue ${path.basename(f.file)} could not be loaded: ${f.cause} The installation of status-codes is damaged: reinstall it.`,
  }));
  return { store, problems };
}
