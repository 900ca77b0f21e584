// Names from outside (language ids, codes, provider ids, setting keys) that are also names of
// Object.prototype members (`constructor`, `__proto__`, `toString`...) are names like any other:
// no request throws, and they never stand for something the object inherits.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInStore, createTestService } from '../support/service';
import { readSettings } from '../../server/src/service/settings/settings';

const NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__'];

test('every Object.prototype name as a language id: every request answers', () => {
  const { service, settings, index } = createTestService({ languages: NAMES });
  for (const languageId of NAMES) {
    const document = TextDocument.create(`file:///w/${languageId}.x`, languageId, 1, 'if (err.code === 414) {}\n');
    assert.equal(service.getSkipReason(document, settings), undefined, languageId);
    const analysis = service.doAnalysis(document, index);
    assert.ok(Array.isArray(analysis.all()), languageId);
    service.doHover(document, { line: 0, character: 18 }, analysis);
    service.doComplete(document, { line: 0, character: 17 }, analysis);
    service.doValidation(document, analysis, settings);
    service.documentClosed(document.uri);
  }
});

test('every Object.prototype name as a code, a constant or a provider setting key', () => {
  for (const name of NAMES) {
    const { service, settings, index } = createTestService({ providers: { [name]: false }, ignore: [name] });
    const text = `switch (err.code) { case '${name}': break; }\nif (code === ${name}) {}\nZIMErrorCode.${name}\n`;
    const document = TextDocument.create(`file:///w/${name}.ts`, 'typescript', 1, text);
    const analysis = service.doAnalysis(document, index);
    for (const f of analysis.all()) assert.notEqual(f.kind, 'code', `${name} is not a known code`);
    service.doHover(document, { line: 0, character: 28 }, analysis);
    service.doValidation(document, analysis, settings);
    assert.ok(index.entries.length > 0, `providers: { ${name}: false } turns no built-in provider off`);
  }
});

test('a provider id that is an Object.prototype name is enabled unless set to false', () => {
  const store = builtInStore();
  const uri = 'file:///w/proto.codes.json';
  for (const provider of ['constructor', 'tostring', 'valueof']) {
    const catalogue = { provider, name: 'P', entries: [{ code: 77001, name: 'A', message: 'a' }] };
    assert.ok(store.setUser(uri, JSON.stringify(catalogue)).ok);
    const on = store.indexFor({}, [uri]);
    assert.equal(on.numeric('77001').length, 1, `${provider} with no setting is enabled`);
    assert.equal(store.indexFor({ [provider]: false }, [uri]).numeric('77001').length, 0);
  }
});

test('every Object.prototype name as a setting key is ignored like any unknown key', () => {
  for (const name of NAMES) {
    const settings = readSettings(JSON.parse(`{"${name}": {"x": 1}, "diagnostics": {"${name}": 1}}`));
    assert.equal(typeof settings.diagnostics.enable, 'boolean', name);
  }
});
