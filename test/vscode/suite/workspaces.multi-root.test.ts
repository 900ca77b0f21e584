// Runs only in the window opened on multi.code-workspace: each folder uses its own catalogue setting.
import * as assert from 'assert';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, expectHover, hoverText, openFixture, positionOf, waitForDiagnosticOn } from './helpers';

describe('multi-root workspace', () => {
  before(activeExtension);

  it('has both folders open', () => {
    assert.deepStrictEqual(
      vscode.workspace.workspaceFolders?.map((f) => f.name),
      ['app', 'backend'],
    );
  });

  it('serves files of the first folder', async () => {
    await expectHover('sample.ts', '414', 'Parameter error', 'app');
    await waitForDiagnosticOn((await openFixture('sample.ts', 'app')).document, 'Error_Timout');
  });

  it('serves files of the second folder', () => expectHover('billing.js', '414', 'Parameter error', 'backend'));

  it("applies each folder's own statusCodes.catalogues", async () => {
    await expectHover('sample.ts', '40001', 'Order not found', 'app');
    await expectHover('billing.js', '50001', 'Card expired', 'backend');
  });

  it("does not apply one folder's catalogue to the other", async () => {
    await expectHover('billing.js', '50001', 'Card expired', 'backend'); // the backend folder is served
    const billing = (await openFixture('billing.js', 'backend')).document;
    const hover = await hoverText(billing.uri, positionOf(billing, '40001'));
    assert.doesNotMatch(hover, /Order not found/, 'acme-backend (folder app) leaked into folder backend');
  });
});
