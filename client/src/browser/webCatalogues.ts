import * as vscode from 'vscode';
import type { WebCataloguesParams } from '../../../server/src/protocol';

/**
 * The user catalogues for the web extension: the server runs in a web worker without a file
 * system, so the client reads each folder's `statusCodes.catalogues` files through
 * `vscode.workspace.fs` (any file system: github.dev, vscode.dev, code-server) and sends their
 * texts. Entries must stay inside their folder; untrusted workspaces get none, as on the desktop.
 */
export async function readWebCatalogues(log: (message: string) => void): Promise<WebCataloguesParams> {
  const folders: WebCataloguesParams['folders'][number][] = [];
  if (!vscode.workspace.isTrusted) return { folders };
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const entries = vscode.workspace.getConfiguration('statusCodes', folder.uri).get<string[]>('catalogues') ?? [];
    const catalogues: { uri: string; text: string }[] = [];
    for (const entry of entries) {
      const uri = catalogueUri(folder, entry);
      if (!uri) {
        log(
          vscode.l10n.t(
            'statusCodes.catalogues: "{0}" is not a path inside the folder "{1}"; in the browser catalogues are read through the workspace, so absolute paths and ".." are not supported.',
            entry,
            folder.name,
          ),
        );
        continue;
      }
      try {
        catalogues.push({
          uri: uri.toString(),
          text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
        });
      } catch (e) {
        log(vscode.l10n.t('Catalogue {0} cannot be read: {1}', uri.toString(), (e as Error).message));
      }
    }
    folders.push({ uri: folder.uri.toString(), catalogues });
  }
  return { folders };
}

/** The catalogue files to watch: every entry of every folder that resolves inside it. */
export function webCataloguePatterns(): vscode.RelativePattern[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
    (vscode.workspace.getConfiguration('statusCodes', folder.uri).get<string[]>('catalogues') ?? []).flatMap((entry) =>
      catalogueUri(folder, entry) ? [new vscode.RelativePattern(folder, entry.trim())] : [],
    ),
  );
}

function catalogueUri(folder: vscode.WorkspaceFolder, entry: string): vscode.Uri | undefined {
  const trimmed = entry.trim().replace(/\\/g, '/');
  if (trimmed === '' || trimmed.startsWith('/') || /^[a-z]:/i.test(trimmed) || trimmed.split('/').includes('..'))
    return undefined;
  return vscode.Uri.joinPath(folder.uri, trimmed);
}
