// Helpers shared by the extension-host tests: fixture files, polling, hovers and diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'status-codes.status-codes';
export const SOURCE = 'status-codes';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The workspace folder with that name, or the first one. */
export function folder(name?: string): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const found = name ? folders.find((f) => f.name === name) : folders[0];
  assert.ok(found, `workspace folder ${name ?? '#0'} is open (have: ${folders.map((f) => f.name).join(', ')})`);
  return found;
}

export function fixtureUri(relativePath: string, folderName?: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(folderName).uri, relativePath);
}

export async function openFixture(relativePath: string, folderName?: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relativePath, folderName));
  return vscode.window.showTextDocument(doc);
}

/** A position inside the n-th occurrence of `needle` (one character in, so it is on the token). */
export function positionOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = doc.getText().indexOf(needle, index + 1);
    assert.ok(index >= 0, `${needle} occurs ${occurrence + 1} time(s) in ${doc.uri.path}`);
  }
  return doc.positionAt(index + 1);
}

/**
 * Polls `probe` until `done` accepts its value (the language server answers asynchronously;
 * never a fixed sleep). Throws with the last value seen.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | Thenable<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${show(last)}`);
    await delay(100);
    last = await probe();
  }
  return last;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text && text.length > 600 ? `${text.slice(0, 600)}...` : String(text);
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Waits until the hover at the first occurrence of `needle` contains `expected`. */
export async function expectHover(
  relativePath: string,
  needle: string,
  expected: string,
  folderName?: string,
): Promise<string> {
  const doc = (await openFixture(relativePath, folderName)).document;
  const position = positionOf(doc, needle);
  return waitFor(
    `hover on ${needle} in ${relativePath} to contain "${expected}"`,
    () => hoverText(doc.uri, position),
    (text) => text.includes(expected),
  );
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function diagnosticCode(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return String(code);
}

/** Waits for a diagnostic of ours on the text `needle`. */
export async function waitForDiagnosticOn(doc: vscode.TextDocument, needle: string): Promise<vscode.Diagnostic> {
  const onNeedle = () => ourDiagnostics(doc.uri).find((d) => doc.getText(d.range).includes(needle));
  const found = await waitFor(
    `a ${SOURCE} diagnostic on ${needle} in ${doc.uri.path}`,
    onNeedle,
    (d) => d !== undefined,
  );
  return found!;
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  await openFixture('sample.ts'); // activation event onLanguage:typescript
  await waitFor(
    'extension activation',
    () => ext.isActive,
    (active) => active,
  );
  return ext;
}
