import * as vscode from 'vscode';

/** JSONC (comments allowed): `*.codes.jsonc` opens in the JSON-with-comments mode and gets the schema. */
export const STARTER_FILE_NAME = 'status-codes.codes.jsonc';

/**
 * Status Codes: New catalogue file — writes a commented starter catalogue in the first
 * workspace folder (asking before replacing one), adds it to that folder's
 * `statusCodes.catalogues` and opens it.
 */
export function newCatalogue(context: vscode.ExtensionContext): () => Promise<void> {
  return async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage(
        'Status Codes: open a folder first; a catalogue file lives in a workspace folder.',
      );
      return;
    }
    const file = vscode.Uri.joinPath(folder.uri, STARTER_FILE_NAME);
    if (await exists(file)) {
      // A quick pick rather than a modal dialog: it never blocks, and Escape cancels.
      const choice = await vscode.window.showQuickPick(
        ['Open the existing file', 'Replace it with a new starter file'],
        { placeHolder: `${STARTER_FILE_NAME} already exists in ${folder.name}` },
      );
      if (!choice) return;
      if (choice.startsWith('Replace'))
        await vscode.workspace.fs.writeFile(file, Buffer.from(starter(context, folder), 'utf8'));
    } else {
      await vscode.workspace.fs.writeFile(file, Buffer.from(starter(context, folder), 'utf8'));
    }
    const config = vscode.workspace.getConfiguration('statusCodes', folder.uri);
    const listed = config.inspect<string[]>('catalogues')?.workspaceFolderValue ?? [];
    if (!listed.includes(STARTER_FILE_NAME)) {
      await config.update('catalogues', [...listed, STARTER_FILE_NAME], vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        'Status Codes: this workspace is not trusted, so the catalogue is used only once you trust it.',
      );
    }
  };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function starter(context: vscode.ExtensionContext, folder: vscode.WorkspaceFolder): string {
  const schema = vscode.Uri.joinPath(context.extensionUri, 'data', 'catalogue.schema.json').toString();
  const provider =
    folder.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'my-service';
  return `// Status Codes catalogue: the status codes of your own services, shown in hovers and
// checked in diagnostics like the built-in SDK codes. Listed in statusCodes.catalogues;
// changes apply as you save (or type). Full format: the extension's docs/catalogues.md.
{
  // Validation and completion in this file come from the extension's schema.
  "$schema": ${JSON.stringify(schema)},
  // Stable id, lower-case with dashes. Use a built-in id (commsease-im, zegocloud-zim,
  // zegocloud-zim-sdk) to override or extend that provider's entries code by code.
  "provider": ${JSON.stringify(provider)},
  // Shown in hovers.
  "name": ${JSON.stringify(`${folder.name} service`)},
  // Optional: link to your own status-code page (http, https or file).
  // "docs": "https://example.com/errors",
  // Optional: words that make this provider likelier in a file (imports, class names).
  // "fileHints": ["${provider}"],
  // Optional: regular expressions (full match) for the shape of your numeric codes; a number
  // in a code context that has the shape but is not listed is reported as undocumented.
  // "shapes": [{ "pattern": "4[0-9]{4}", "description": "Order service codes" }],
  "entries": [
    {
      // A non-negative integer, or an exact string code such as "Order_Not_Found".
      "code": 40001,
      // Constant-style name: capitals, digits and underscores.
      "name": "ORDER_NOT_FOUND",
      // The short message, as your service returns it.
      "message": "Order not found",
      // Optional fields: summary, causes, remedies, serverMessages, doc, constants, note.
      "summary": "The order id does not exist or was archived.",
      "remedies": ["Check the order id; archived orders are served by the archive API."]
    }
  ]
}
`;
}
