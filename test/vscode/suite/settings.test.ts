// Changing statusCodes.* settings takes effect without a reload; each test restores what it changed.
import * as assert from 'assert';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  activeExtension,
  folder,
  hoverText,
  openFixture,
  ourDiagnostics,
  positionOf,
  waitFor,
  waitForDiagnosticOn,
} from './helpers';

/** Sets a folder-level setting for the duration of `body`, then removes it again. */
async function withSetting(key: string, value: unknown, body: () => Promise<void>): Promise<void> {
  const config = () => vscode.workspace.getConfiguration('statusCodes', folder().uri);
  await config().update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
  try {
    await body();
  } finally {
    await config().update(key, undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  }
}

const onTimout = (doc: vscode.TextDocument) => () =>
  ourDiagnostics(doc.uri).filter((d) => doc.getText(d.range).includes('Error_Timout'));

describe('settings', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activeExtension();
    doc = (await openFixture('sample.ts')).document;
    await waitForDiagnosticOn(doc, 'Error_Timout');
  });

  it('statusCodes.diagnostics.enable: false removes the diagnostics, and true brings them back', async () => {
    await withSetting('diagnostics.enable', false, async () => {
      await waitFor(
        'no status-codes diagnostics',
        () => ourDiagnostics(doc.uri),
        (d) => d.length === 0,
      );
    });
    await waitForDiagnosticOn(doc, 'Error_Timout');
  });

  it('statusCodes.ignore silences one code', async () => {
    await withSetting('ignore', ['Error_Timout'], async () => {
      await waitFor('no diagnostic on Error_Timout', onTimout(doc), (d) => d.length === 0);
    });
    await waitForDiagnosticOn(doc, 'Error_Timout');
  });

  it("statusCodes.diagnostics.severity turns 'unknown-string-code' into an error", async () => {
    const severity = {
      'unknown-string-code': 'error',
      'near-miss-code': 'warning',
      'undocumented-code': 'information',
    };
    await withSetting('diagnostics.severity', severity, async () => {
      await waitFor(
        'an Error on Error_Timout',
        onTimout(doc),
        (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error,
      );
    });
    const [restored] = await waitFor(
      'a Warning again',
      onTimout(doc),
      (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning,
    );
    assert.ok(restored);
  });

  it('statusCodes.providers can turn a provider off', async () => {
    const position = positionOf(doc, '414');
    await withSetting('providers', { 'commsease-im': false }, async () => {
      await waitFor(
        'hover on 414 without the CommsEase message',
        () => hoverText(doc.uri, position),
        (text) => !text.includes('Parameter error'),
      );
    });
    await waitFor(
      'hover on 414 back',
      () => hoverText(doc.uri, position),
      (text) => text.includes('Parameter error'),
    );
  });
});
