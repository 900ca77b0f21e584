import * as vscode from 'vscode';
import { catalogueTemplate } from './catalogueTemplate';
import { fileExists } from './fileExists';

/** JSONC (comments allowed): `*.codes.jsonc` opens in the JSON-with-comments mode and gets the schema. */
export const STARTER_FILE_NAME = 'status-codes.codes.jsonc';
/** The names the extension's jsonValidation maps to the catalogue schema. */
const CATALOGUE_NAME = /\.codes\.jsonc?$/;
const PROVIDER_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Status Codes: New catalogue file — asks for the file name and provider id (with defaults),
 * writes a commented starter catalogue in the workspace folder (asking before replacing one),
 * adds it to that folder's `statusCodes.catalogues`, opens it and says what it changed.
 */
export function newCatalogue(): () => Promise<void> {
  return async () => {
    const folder = await pickFolder();
    if (!folder) return;
    const fileName = await vscode.window.showInputBox({
      title: vscode.l10n.t('Status Codes: new catalogue file (1/2)'),
      prompt: vscode.l10n.t(
        'File name, relative to {0}; *.codes.json or *.codes.jsonc get validation and completion',
        folder.name,
      ),
      value: STARTER_FILE_NAME,
      valueSelection: [0, STARTER_FILE_NAME.indexOf('.codes.')],
      validateInput: validateFileName,
    });
    if (fileName === undefined) return;
    const provider = await vscode.window.showInputBox({
      title: vscode.l10n.t('Status Codes: new catalogue file (2/2)'),
      prompt: vscode.l10n.t('Provider id: lower-case letters, digits and dashes (a built-in id extends that provider)'),
      value: providerIdFor(folder.name),
      validateInput: (v) =>
        PROVIDER_ID.test(v) ? undefined : vscode.l10n.t('Lower-case letters, digits and dashes, e.g. order-service'),
    });
    if (provider === undefined) return;
    const relative = fileName.trim().replace(/\\/g, '/');
    const file = vscode.Uri.joinPath(folder.uri, relative);
    const changed: string[] = [];
    const present = await exists(file, relative);
    if (present === undefined) return;
    if (present) {
      // A quick pick rather than a modal dialog: it never blocks, and Escape cancels.
      const replaceLabel = vscode.l10n.t('Replace it with a new starter file');
      const choice = await vscode.window.showQuickPick([vscode.l10n.t('Open the existing file'), replaceLabel], {
        placeHolder: vscode.l10n.t('{0} already exists in {1}', relative, folder.name),
      });
      if (!choice) return;
      if (choice === replaceLabel) {
        await write(file, provider, folder);
        changed.push(vscode.l10n.t('replaced {0}', relative));
      }
    } else {
      await write(file, provider, folder);
      changed.push(vscode.l10n.t('created {0}', relative));
    }
    const config = vscode.workspace.getConfiguration('statusCodes', folder.uri);
    const listed = config.inspect<string[]>('catalogues')?.workspaceFolderValue ?? [];
    if (!listed.includes(relative)) {
      await config.update('catalogues', [...listed, relative], vscode.ConfigurationTarget.WorkspaceFolder);
      changed.push(vscode.l10n.t('added it to statusCodes.catalogues in {0}', `${folder.name}/.vscode/settings.json`));
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const trust = vscode.workspace.isTrusted
      ? ''
      : ` ${vscode.l10n.t('This workspace is not trusted: the catalogue is used once you trust it.')}`;
    if (changed.length)
      void vscode.window.showInformationMessage(
        `${vscode.l10n.t('Status Codes: {0}.', changed.join(vscode.l10n.t(' and ')))}${trust}`,
      );
  };
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Status Codes: open a folder first; a catalogue file lives in a workspace folder.'),
    );
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Workspace folder of the new catalogue') });
}

export function validateFileName(value: string): string | undefined {
  const name = value.trim().replace(/\\/g, '/');
  if (!CATALOGUE_NAME.test(name))
    return vscode.l10n.t('End the name in .codes.jsonc or .codes.json (they get the catalogue schema)');
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..'))
    return vscode.l10n.t('A path inside the workspace folder');
  return undefined;
}

/** `My Shop (backend)` → `my-shop-backend`. */
export function providerIdFor(folderName: string): string {
  return (
    folderName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-service'
  );
}

async function write(file: vscode.Uri, provider: string, folder: vscode.WorkspaceFolder): Promise<void> {
  await vscode.workspace.fs.writeFile(
    file,
    new TextEncoder().encode(catalogueTemplate(provider, `${folder.name} service`)),
  );
}

/** Whether the file exists; undefined (and the user told) when that cannot be known. */
async function exists(uri: vscode.Uri, relative: string): Promise<boolean | undefined> {
  try {
    return await fileExists((u: vscode.Uri) => vscode.workspace.fs.stat(u), uri);
  } catch (e) {
    void vscode.window.showErrorMessage(
      `Status Codes: cannot tell whether ${relative} exists (${(e as Error).message}), so nothing was written.`,
    );
    return undefined;
  }
}
