import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WorkspaceFolderInfo {
  readonly uri: string;
  readonly name: string;
  /** File-system path of the folder. */
  readonly path: string;
}

/** The workspace folders the client has open, and which one a document belongs to. */
export class WorkspaceFolders {
  private folders: WorkspaceFolderInfo[] = [];

  get all(): readonly WorkspaceFolderInfo[] {
    return this.folders;
  }

  /** Replaces the folder list; non-file folders (remote schemes) are left out: the server reads local files. */
  set(folders: readonly { uri: string; name: string }[]): void {
    this.folders = folders.flatMap((f) => {
      const folderPath = filePath(f.uri);
      return folderPath === undefined ? [] : [{ uri: f.uri, name: f.name, path: folderPath }];
    });
  }

  change(added: readonly { uri: string; name: string }[], removed: readonly { uri: string }[]): void {
    const gone = new Set(removed.map((f) => f.uri));
    const kept = this.folders.filter((f) => !gone.has(f.uri));
    this.set([...kept, ...added]);
  }

  /**
   * The innermost folder that holds the document. Documents that are not files
   * (untitled) belong to the first folder, as VS Code resolves their settings.
   */
  folderFor(documentUri: string): WorkspaceFolderInfo | undefined {
    const file = filePath(documentUri);
    if (file === undefined) return documentUri.startsWith('untitled:') ? this.folders[0] : undefined;
    let best: WorkspaceFolderInfo | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder.path, file);
      const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
      if (inside && (!best || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }
}

/** The file-system path of a `file:` URI, else undefined. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
