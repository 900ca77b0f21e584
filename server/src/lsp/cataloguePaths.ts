import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where one `statusCodes.catalogues` entry points, or why it is refused. */
export type ResolvedCataloguePath =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly message: string };

/**
 * Resolves a `statusCodes.catalogues` entry against its workspace folder. Entries must
 * stay inside the folder (a repository must not make the server read arbitrary files)
 * unless the user allowed outside paths in their own settings.
 */
export function resolveCataloguePath(folderPath: string, entry: string, allowOutside: boolean): ResolvedCataloguePath {
  const trimmed = entry.trim();
  if (trimmed === '') return { ok: false, message: 'statusCodes.catalogues has an empty entry; it is skipped.' };
  const resolved = path.resolve(folderPath, trimmed);
  if (allowOutside || (isInside(folderPath, resolved) && isInside(realPath(folderPath), realPath(resolved))))
    return { ok: true, path: resolved };
  return {
    ok: false,
    message:
      `statusCodes.catalogues: "${entry}" is outside the workspace folder ${folderPath}, so it is not loaded. ` +
      'To allow catalogues outside the workspace, set statusCodes.allowAbsoluteCataloguePaths to true in your user settings.',
  };
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** The real path (symbolic links followed) as far as it exists, so a link cannot lead out of the folder. */
function realPath(file: string): string {
  const missing: string[] = [];
  let existing = file;
  for (;;) {
    try {
      return path.join(fs.realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return file;
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}
