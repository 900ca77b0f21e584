import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CatalogueStore } from '../../service/catalogue/catalogueStore';
import { resolveCataloguePath } from '../../lsp/cataloguePaths';
import { readCatalogueFileSync } from '../../lsp/catalogueFile';
import { repositoryRoot } from '../discover/ignoreRules';
import { lineAndColumn, type ConfigProblem } from './configProblem';
import { checkBuiltInCatalogues } from './builtInProblems';
import { readFolderSettings, settingsFileAbove } from './folderSettings';

/**
 * One folder's configuration, in a form a worker thread can be sent: its settings as the
 * editor would send them and the texts of its user catalogues (already validated).
 */
export interface FolderSpec {
  readonly dir: string;
  readonly raw: Record<string, unknown>;
  readonly catalogues: readonly { readonly uri: string; readonly text: string }[];
}

/**
 * The folders of the files being checked, like VS Code's workspace folders: a file belongs
 * to the nearest directory above it with a `.vscode/settings.json` (else to its repository
 * root, else to the working directory). Each folder's settings and user catalogues are read
 * once; every problem in them is collected with its place.
 */
export class Workspace {
  readonly problems: ConfigProblem[] = [];
  private readonly folders = new Map<string, FolderSpec>();
  private readonly byDirectory = new Map<string, FolderSpec>();
  /** Validates user catalogues with the same parser and schema as the server. */
  private readonly validatorStore: CatalogueStore;

  constructor(private readonly cwd: string) {
    // Built-in catalogues that do not load stop the run, like any other broken configuration.
    const builtIns = checkBuiltInCatalogues();
    this.validatorStore = builtIns.store;
    this.problems.push(...builtIns.problems);
  }

  get all(): readonly FolderSpec[] {
    return [...this.folders.values()];
  }

  /** The folder of a file (or of a directory, for `explain` and `annotate`). */
  folderFor(file: string, isDirectory = false): FolderSpec {
    const dir = isDirectory ? file : path.dirname(file);
    let folder = this.byDirectory.get(dir);
    if (!folder) {
      const root = repositoryRoot(dir);
      const settingsFile = settingsFileAbove(dir, root);
      const folderDir = settingsFile ? path.dirname(path.dirname(settingsFile)) : (root ?? this.cwd);
      folder = this.folders.get(folderDir) ?? this.load(folderDir, settingsFile);
      this.folders.set(folderDir, folder);
      this.byDirectory.set(dir, folder);
    }
    return folder;
  }

  private load(dir: string, settingsFile: string | undefined): FolderSpec {
    const { raw, settings } = readFolderSettings(settingsFile, this.problems);
    const catalogues: { uri: string; text: string }[] = [];
    for (const entry of settings.catalogues) {
      // A repository's settings never widen what is read: allowAbsoluteCataloguePaths is a user setting.
      const resolved = resolveCataloguePath(dir, entry, false);
      if (!resolved.ok) {
        this.problems.push({ file: settingsFile ?? dir, line: 1, column: 1, message: resolved.message });
        continue;
      }
      const text = this.readCatalogue(resolved.path, settingsFile ?? dir, entry);
      if (text === undefined) continue;
      const uri = pathToFileURL(resolved.path).toString();
      const report = this.validatorStore.setUser(uri, text);
      for (const problem of report.problems)
        this.problems.push({ file: resolved.path, ...lineAndColumn(text, problem.offset), message: problem.message });
      if (report.ok) catalogues.push({ uri, text });
    }
    return { dir, raw, catalogues };
  }

  private readCatalogue(file: string, settingsFile: string, entry: string): string | undefined {
    // Only regular files of a bounded size: a FIFO or a device named here would block or fill memory.
    const read = readCatalogueFileSync(file);
    if (read.ok) return read.text;
    this.problems.push({
      file: settingsFile,
      line: 1,
      column: 1,
      message: `statusCodes.catalogues: "${entry}" (${file}) ${read.missing ? 'does not exist.' : read.message}`,
    });
    return undefined;
  }
}
