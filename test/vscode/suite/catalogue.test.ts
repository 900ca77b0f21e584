// User catalogues listed in statusCodes.catalogues add codes, and edits to them are picked up.
import * as assert from 'assert';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activeExtension, expectHover, fixtureUri, hoverText, openFixture, positionOf, waitFor } from './helpers';

describe('user catalogue', () => {
  before(activeExtension);

  it('team.codes.json adds 40001 (acme-backend)', () => expectHover('sample.ts', '40001', 'Order not found'));

  it('an edited catalogue is reloaded without restarting', async () => {
    const uri = fixtureUri('team.codes.json');
    const original = await vscode.workspace.fs.readFile(uri);
    const catalogue = JSON.parse(Buffer.from(original).toString('utf8'));
    catalogue.entries[0].message = 'Order was archived';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify(catalogue, null, 2)));
    try {
      await expectHover('sample.ts', '40001', 'Order was archived');
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    await expectHover('sample.ts', '40001', 'Order not found');
  });

  it('a hover served from the last good version of a broken catalogue says so', async () => {
    const uri = fixtureUri('team.codes.json');
    const original = await vscode.workspace.fs.readFile(uri);
    await vscode.workspace.fs.writeFile(uri, Buffer.from('{ "provider": "acme-backend", '));
    try {
      const text = await expectHover('sample.ts', '40001', 'last good version of team.codes.json');
      assert.match(text, /Order not found/);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
    const doc = (await openFixture('sample.ts')).document;
    await waitFor(
      'the hover of the fixed catalogue',
      () => hoverText(doc.uri, positionOf(doc, '40001')),
      (text) => text.includes('Order not found') && !text.includes('last good version'),
    );
  });
});
