import type { WebCataloguesParams } from '../protocol';

/**
 * The user catalogues the web client sent (it reads them through `vscode.workspace.fs`): per
 * workspace folder, the catalogue URIs in order. A document uses its innermost folder's.
 */
export class WebCatalogues {
  private folders: WebCataloguesParams['folders'] = [];

  set(folders: WebCataloguesParams['folders']): void {
    this.folders = folders;
  }

  readonly forDocument = async (documentUri: string): Promise<readonly string[]> => {
    const inside = (folder: string) =>
      documentUri === folder || documentUri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
    const folder = this.folders.filter((f) => inside(f.uri)).sort((a, b) => b.uri.length - a.uri.length)[0];
    return folder ? folder.catalogues.map((c) => c.uri) : [];
  };
}
