// A misspelled string code gets one warning with a suggestion; valid codes get none.
import * as assert from 'assert';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, diagnosticCode, openFixture, ourDiagnostics, waitForDiagnosticOn } from './helpers';

describe('diagnostics', () => {
  before(activeExtension);

  it("warns on case 'Error_Timout': and suggests Error_Timeout", async () => {
    const doc = (await openFixture('sample.ts')).document;
    const diagnostic = await waitForDiagnosticOn(doc, 'Error_Timout');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(diagnosticCode(diagnostic), 'unknown-string-code');
    assert.match(diagnostic.message, /Did you mean 'Error_Timeout'/);
  });

  it('reports nothing else in sample.ts (valid and user-catalogue codes are clean)', async () => {
    const doc = (await openFixture('sample.ts')).document;
    await waitForDiagnosticOn(doc, 'Error_Timout');
    const others = ourDiagnostics(doc.uri).filter((d) => !doc.getText(d.range).includes('Error_Timout'));
    assert.deepStrictEqual(
      others.map((d) => `${d.range.start.line + 1}: ${doc.getText(d.range)}: ${d.message}`),
      [],
    );
  });
});
