import * as path from 'path';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/**
 * Built-in catalogues open as read-only virtual documents in this scheme: the installed
 * extension's `data/*.json` must never be edited from the editor (one typed character
 * would corrupt it). Other LSP clients get the plain file locations from the server.
 */
export const BUILT_IN_SCHEME = 'status-codes-catalogue';

/** Serves `status-codes-catalogue:/commsease-im.json` from the extension's data folder. */
export function registerBuiltInCatalogueDocuments(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(BUILT_IN_SCHEME, {
      async provideTextDocumentContent(uri) {
        const name = path.posix.basename(uri.path);
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dataFolder(context), name));
        return new TextDecoder().decode(bytes);
      },
    }),
  );
}

/**
 * Go to definition, and the "and N more" links of hovers: locations in built-in data files are
 * rewritten to the read-only scheme.
 */
export function builtInDefinitionMiddleware(context: vscode.ExtensionContext): Middleware {
  return {
    async provideHover(document, position, token, next) {
      const hover = await next(document, position, token);
      if (!hover) return hover;
      const prefix = `${vscode.Uri.file(dataFolder(context).fsPath).toString()}/`;
      const contents = hover.contents.map((c) => {
        if (!(c instanceof vscode.MarkdownString) || !c.value.includes(prefix)) return c;
        const rewritten = new vscode.MarkdownString(c.value.split(prefix).join(`${BUILT_IN_SCHEME}:/`));
        rewritten.supportThemeIcons = c.supportThemeIcons;
        return rewritten;
      });
      return new vscode.Hover(contents, hover.range);
    },
    async provideDefinition(document, position, token, next) {
      const result = await next(document, position, token);
      if (!result) return result;
      const folder = dataFolder(context);
      if (!Array.isArray(result)) return toReadOnlyLocation(result, folder);
      return result.map((l: vscode.Location | vscode.LocationLink) =>
        'targetUri' in l ? { ...l, targetUri: readOnlyUri(l.targetUri, folder) } : toReadOnlyLocation(l, folder),
      ) as vscode.Location[] | vscode.LocationLink[];
    },
  };
}

function toReadOnlyLocation(location: vscode.Location, folder: vscode.Uri): vscode.Location {
  const uri = readOnlyUri(location.uri, folder);
  return uri === location.uri ? location : new vscode.Location(uri, location.range);
}

/** The read-only twin of a built-in data file's URI; any other URI unchanged. */
export function readOnlyUri(uri: vscode.Uri, folder: vscode.Uri): vscode.Uri {
  if (uri.scheme !== 'file' || path.dirname(uri.fsPath) !== folder.fsPath) return uri;
  return vscode.Uri.from({ scheme: BUILT_IN_SCHEME, path: `/${path.basename(uri.fsPath)}` });
}

/** Where the server reads the built-in catalogues (it honours the same override). */
function dataFolder(context: vscode.ExtensionContext): vscode.Uri {
  const override = process.env.STATUS_CODES_DATA_DIR;
  return override ? vscode.Uri.file(path.resolve(override)) : vscode.Uri.joinPath(context.extensionUri, 'data');
}
