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
      title: 'Status Codes: new catalogue file (1/2)',
      prompt: `File name, relative to ${folder.name}; *.codes.json or *.codes.jsonc get validation and completion`,
      value: STARTER_FILE_NAME,
      valueSelection: [0, STARTER_FILE_NAME.indexOf('.codes.')],
      validateInput: validateFileName,
    });
    if (fileName === undefined) return;
    const provider = await vscode.window.showInputBox({
      title: 'Status Codes: new catalogue file (2/2)',
      prompt: 'Provider id: lower-case letters, digits and dashes (a built-in id extends that provider)',
      value: providerIdFor(folder.name),
      validateInput: (v) =>
        PROVIDER_ID.test(v) ? undefined : 'Lower-case letters, digits and dashes, e.g. order-service',
    });
    if (provider === undefined) return;
    const relative = fileName.trim().replace(/\\/g, '/');
    const file = vscode.Uri.joinPath(folder.uri, relative);
    const changed: string[] = [];
    const present = await exists(file, relative);
    if (present === undefined) return;
    if (present) {
      // A quick pick rather than a modal dialog: it never blocks, and Escape cancels.
      const choice = await vscode.window.showQuickPick(
        ['Open the existing file', 'Replace it with a new starter file'],
        {
          placeHolder: `${relative} already exists in ${folder.name}`,
        },
      );
      if (!choice) return;
      if (choice.startsWith('Replace')) {
        await write(file, provider, folder);
        changed.push(`replaced ${relative}`);
      }
    } else {
      await write(file, provider, folder);
      changed.push(`created ${relative}`);
    }
    const config = vscode.workspace.getConfiguration('statusCodes', folder.uri);
    const listed = config.inspect<string[]>('catalogues')?.workspaceFolderValue ?? [];
    if (!listed.includes(relative)) {
      await config.update('catalogues', [...listed, relative], vscode.ConfigurationTarget.WorkspaceFolder);
      changed.push(`added it to statusCodes.catalogues in ${folder.name}/.vscode/settings.json`);
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const trust = vscode.workspace.isTrusted
      ? ''
      : ' This workspace is not trusted: the catalogue is used once you trust it.';
    if (changed.length) void vscode.window.showInformationMessage(`Status Codes: ${changed.join(' and ')}.${trust}`);
  };
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(
      'Status Codes: open a folder first; a catalogue file lives in a workspace folder.',
    );
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder of the new catalogue' });
}

export function validateFileName(value: string): string | undefined {
  const name = value.trim().replace(/\\/g, '/');
  if (!CATALOGUE_NAME.test(name)) return 'End the name in .codes.jsonc or .codes.json (they get the catalogue schema)';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..'))
    return 'A path inside the workspace folder';
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
