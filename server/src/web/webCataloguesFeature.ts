import { CataloguesChangedNotification, WebCataloguesNotification } from '../protocol';
import { catalogueDiagnostics } from '../lsp/catalogueDiagnostics';
import type { Feature } from '../lsp/serverContext';
import type { WebCatalogues } from './webCatalogues';

/**
 * User catalogues in the web worker: the client sends the texts (WebCataloguesNotification);
 * they load into the store like the desktop server's (a broken file keeps its last good version
 * serving) and their problems are published on the catalogue files.
 */
export function webCataloguesFeature(catalogues: WebCatalogues): Feature {
  return {
    capabilities: {},
    register(ctx) {
      const loaded = new Set<string>();
      ctx.connection.onNotification(WebCataloguesNotification, (params) => {
        const seen = new Set<string>();
        for (const folder of params.folders)
          for (const { uri, text } of folder.catalogues) {
            seen.add(uri);
            loaded.add(uri);
            const report = ctx.service.store.setUser(uri, text);
            ctx.log(
              report.ok
                ? `Catalogue ${uri} loaded: ${report.entryCount} entries.`
                : `Catalogue ${uri} has ${report.problems.length} problems${report.servingLastGood ? '; the last good version keeps serving' : ''}.`,
            );
            void ctx.diagnostics.publish('catalogue', uri, catalogueDiagnostics(text, report.problems));
          }
        for (const uri of [...loaded])
          if (!seen.has(uri)) {
            ctx.service.store.removeUser(uri);
            void ctx.diagnostics.publish('catalogue', uri, []);
            loaded.delete(uri);
          }
        catalogues.set(params.folders);
        ctx.refreshAll();
        void ctx.connection.sendNotification(CataloguesChangedNotification, {});
      });
    },
  };
}
