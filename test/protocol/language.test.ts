// statusCodes.language over the protocol: `auto` follows InitializeParams.locale (which VS Code fills
// from vscode.env.language), the setting wins when it names a language, and it arrives either through
// workspace/configuration or initializationOptions; a change re-publishes diagnostics in the new language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LspTestClient } from '../support/lspClient';

type HoverResult = { contents: { kind: string; value: string } } | null;

const URI = 'file:///workspace/lang.ts';
const TEXT = "if (err.code === 414) {}\nswitch (e.code) { case 'Error_Timout': break; }\n";

async function hoverAndDiagnostic(client: LspTestClient): Promise<{ hover: string; message: string }> {
  client.open(URI, 'typescript', TEXT);
  const published = await client.waitForDiagnostics(URI);
  const hover = await client.request<HoverResult>('textDocument/hover', {
    textDocument: { uri: URI },
    position: { line: 0, character: 18 },
  });
  return { hover: hover?.contents.value ?? '', message: String(published.diagnostics[0]?.message) };
}

test('auto with a Chinese display language (locale zh-cn): hover and diagnostics in Chinese', async () => {
  const client = await LspTestClient.start({ locale: 'zh-cn' });
  try {
    const { hover, message } = await hoverAndDiagnostic(client);
    assert.match(hover, /\*\*参数错误\*\*/);
    assert.match(message, /^未知状态码 'Error_Timout'。/);
  } finally {
    await client.close();
  }
});

test('no locale, language zh-cn in initializationOptions (a client without workspace/configuration)', async () => {
  const client = await LspTestClient.start({
    pullConfiguration: false,
    initializationOptions: { settings: { statusCodes: { language: 'zh-cn' } } },
  });
  try {
    const { hover, message } = await hoverAndDiagnostic(client);
    assert.match(hover, /\*\*参数错误\*\*/);
    assert.match(message, /^未知状态码/);
  } finally {
    await client.close();
  }
});

test('language en wins over a Chinese locale; English by default; a change re-publishes in Chinese', async () => {
  const client = await LspTestClient.start({ locale: 'zh-CN', settings: { language: 'en' } });
  try {
    const { hover, message } = await hoverAndDiagnostic(client);
    assert.match(hover, /\*\*Parameter error\*\*/);
    assert.equal(message, "Unknown status code 'Error_Timout'. Did you mean 'Error_Timeout'?");
    client.settings = { language: 'zh-cn' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitFor(
      () => String(client.diagnostics.get(URI)?.diagnostics[0]?.message).startsWith('未知状态码'),
      10000,
      'diagnostics in Chinese after the change',
    );
  } finally {
    await client.close();
  }
  const plain = await LspTestClient.start();
  try {
    assert.match((await hoverAndDiagnostic(plain)).message, /^Unknown status code/);
  } finally {
    await plain.close();
  }
});
