import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  ProposedFeatures,
} from 'vscode-languageserver/browser';
import { CatalogueStore } from '../service/catalogue/catalogueStore';
import { serverFeatures } from '../lsp/features/allFeatures';
import { startServer } from '../lsp/startServer';
import { bundledSchema, loadBundledCatalogues } from './bundledCatalogues';
import { WebCatalogues } from './webCatalogues';
import { webCataloguesFeature } from './webCataloguesFeature';

// The web worker server (dist/web/server.js, started by the `browser` extension): messages through
// the worker's port, built-in catalogues bundled, user catalogues sent by the client.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(
  ProposedFeatures.all,
  new BrowserMessageReader(self),
  new BrowserMessageWriter(self),
);
const store = new CatalogueStore(bundledSchema);
const catalogues = new WebCatalogues();
startServer(connection, {
  store,
  builtInCatalogues: loadBundledCatalogues(store),
  builtInFailures: [],
  features: serverFeatures(webCataloguesFeature(catalogues)),
  catalogueUris: catalogues.forDocument,
});
