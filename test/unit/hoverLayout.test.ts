// Hover layout: meaning and what to do on the first screen; causes after, cut to the most common
// with "and N more" linked to the entry; provenance last and short; a last-good catalogue says so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInStore, createTestService, withCursor } from '../support/service';

function hoverValue(src: string, lang = 'typescript', testService = createTestService()): string {
  const { text, position } = withCursor(src);
  const { document, analysis } = testService.analyse(text, lang);
  const h = testService.service.doHover(document, position, analysis);
  return (h?.contents as { value: string } | undefined)?.value ?? '';
}

test('414: "What to do" comes before the causes, which are cut to three and linked', () => {
  const value = hoverValue('if (err.code === 4|14) {}');
  const todo = value.indexOf('**What to do**');
  const causes = value.indexOf('**Causes**');
  assert.ok(todo > 0 && causes > todo, 'remedies first');
  assert.ok(value.slice(0, todo).split('\n').length <= 8, 'what to do within the first lines');
  const causeLines = value.slice(causes).split('\n\n')[0]!.split('\n').slice(1);
  assert.equal(causeLines.length, 4, 'three causes and "and N more"');
  assert.match(causeLines[3]!, /^- \[and 14 more\]\(file:\/\/\/\S+\/commsease-im\.json#L\d+\)$/);
  assert.ok(value.lastIndexOf('Source: ') > causes, 'provenance last');
});

test('the footer is one short line', () => {
  const value = hoverValue('if (err.code === 600012|1) {}');
  const footer = value.split('\n\n').pop()!;
  assert.ok(!footer.includes('\n') && footer.length < 200, footer);
  assert.match(footer, /Source: official docs/);
});

test('a user catalogue serving its last good version says so in the hover', () => {
  const store = builtInStore();
  const uri = 'file:///work/team.codes.json';
  const good = {
    provider: 'acme',
    name: 'ACME',
    entries: [{ code: 40001, name: 'ORDER_NOT_FOUND', message: 'Order not found' }],
  };
  assert.ok(store.setUser(uri, JSON.stringify(good)).ok);
  const fresh = createTestService(undefined, store);
  const index = store.indexFor({}, [uri]);
  const src = 'if (err.code === 4000|1) {}';
  const { text, position } = withCursor(src);
  const document = TextDocument.create('file:///w/a.ts', 'typescript', 1, text);
  const before = fresh.service.doHover(document, position, fresh.service.doAnalysis(document, index));
  assert.doesNotMatch((before?.contents as { value: string }).value, /last good version/);
  assert.equal(store.setUser(uri, '{ "provider": ').servingLastGood, true);
  const after = fresh.service.doHover(
    document,
    position,
    fresh.service.doAnalysis(document, store.indexFor({}, [uri])),
  );
  assert.match((after?.contents as { value: string }).value, /last good version of team\.codes\.json/);
  assert.ok(store.setUser(uri, JSON.stringify(good)).ok);
  const fixed = fresh.service.doHover(
    document,
    position,
    fresh.service.doAnalysis(document, store.indexFor({}, [uri])),
  );
  assert.doesNotMatch((fixed?.contents as { value: string }).value, /last good version/);
});
