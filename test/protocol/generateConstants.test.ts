// statusCodes/generateConstants over stdio: the choices (providers, naming, package) reach the
// generator, and options it cannot honour come back as InvalidParams with the reason.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ErrorCodes, ResponseError } from 'vscode-jsonrpc/node';
import { LspTestClient } from '../support/lspClient';
import { GenerateConstantsRequest, type GeneratedConstants } from '../../server/src/protocol';

let client: LspTestClient;
const uri = 'file:///workspace/app.kt';
before(async () => {
  client = await LspTestClient.start();
  client.open(uri, 'kotlin', 'if (code == 414) {}\n');
});
after(async () => {
  await client.close();
});

const generate = (params: object) =>
  client.request<GeneratedConstants>(GenerateConstantsRequest.method, { uri, ...params });

test('one provider, with a package line', async () => {
  const all = await generate({ language: 'kotlin' });
  const ids = all.providers.map((p) => p.id);
  assert.ok(ids.includes('commsease-im') && ids.includes('zegocloud-zim'), ids.join(', '));
  const one = await generate({ language: 'kotlin', providers: ['commsease-im'], packageName: 'com.example.im' });
  assert.match(one.text, /^package com\.example\.im$/m);
  assert.match(one.text, /^object CommseaseIm \{$/m);
  assert.doesNotMatch(one.text, /^object ZegocloudZim \{$/m);
  assert.ok(one.text.length < all.text.length);
});

test('Swift in its own naming style', async () => {
  const swift = await generate({ language: 'swift', naming: 'language', providers: ['commsease-im'] });
  assert.match(swift.text, /public static let parameterError = 414/);
});

test('options that cannot be honoured are InvalidParams with the reason', async () => {
  for (const [params, reason] of [
    [{ language: 'java', packageName: 'com.example.new' }, /not a Java package name/],
    [{ language: 'typescript', providers: ['no-such-provider'] }, /Not an enabled provider/],
    [{ language: 'typescript', providers: [] }, /at least one provider/],
  ] as const) {
    await assert.rejects(generate(params), (e: unknown) => {
      assert.ok(e instanceof ResponseError);
      assert.equal(e.code, ErrorCodes.InvalidParams);
      assert.match(e.message, reason);
      return true;
    });
  }
});
