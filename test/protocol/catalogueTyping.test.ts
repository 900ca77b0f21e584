// Typing in a large open catalogue (20,000 entries here) must not make requests on other documents
// wait behind a re-parse per keystroke: the catalogue is reloaded once the typing pauses, and the
// hovers sent between the keystrokes are all answered before that one reload (by order and count).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { fileUri, LspTestClient } from '../support/lspClient';
import { CataloguesChangedNotification } from '../../server/src/protocol';

const ENTRIES = 20_000;
const KEYSTROKES = 20;
const FIRST_CODE = 900_000_000;
const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-typing-')));
let client: LspTestClient | undefined;
after(async () => {
  await client?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test(`${KEYSTROKES} keystrokes in a ${ENTRIES.toLocaleString('en')}-entry open catalogue: one reload, hovers answered in between`, async () => {
  const entries = Array.from({ length: ENTRIES }, (_, i) => ({
    code: FIRST_CODE + i,
    name: `USER_CODE_${i}`,
    message: `User code number ${i}.`,
  }));
  const text = JSON.stringify({ provider: 'typing', name: 'Typing', entries }, null, 1);
  const file = path.join(root, 'big.codes.json');
  fs.writeFileSync(file, text);
  client = await LspTestClient.start({ rootUri: fileUri(root), settings: { catalogues: ['big.codes.json'] } });
  const source = fileUri(path.join(root, 'app.ts'));
  client.open(source, 'typescript', `if (err.code === ${FIRST_CODE}) retry();\nif (err.code === 414) retry();`);
  const hover = (line: number) =>
    client!
      .request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: source },
        position: { line, character: 20 },
      })
      .then((h) => h?.contents.value ?? '');
  assert.match(await hover(0), /User code number 0\./);

  const catalogue = fileUri(file);
  client.open(catalogue, 'json', text);
  const changes = () => client!.notifications.filter((n) => n.method === CataloguesChangedNotification.method).length;
  // Typing "!" after "User code number 0" one keystroke at a time, a hover on the other file after each.
  const at = text.indexOf('User code number 0.') + 'User code number 0'.length;
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - text.lastIndexOf('\n', at - 1) - 1;
  const before = changes();
  const answers: { changesSeen: number; value: string }[] = [];
  const hovers: Promise<void>[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    client.change(catalogue, k + 2, [
      { range: { start: { line, character: character + k }, end: { line, character: character + k } }, text: '!' },
    ]);
    hovers.push(hover(1).then((value) => void answers.push({ changesSeen: changes() - before, value })));
  }
  await Promise.all(hovers);
  assert.equal(answers.length, KEYSTROKES);
  for (const a of answers) assert.match(a.value, /Parameter error/, 'the other document is answered');
  assert.deepEqual(
    answers.map((a) => a.changesSeen),
    answers.map(() => 0),
    'every hover was answered before the catalogue was reloaded (not after a re-parse per keystroke)',
  );
  const typed = `User code number 0${'!'.repeat(KEYSTROKES)}.`;
  await client.waitFor(() => changes() > before, 30_000, 'the reload once typing paused');
  assert.ok((await hover(0)).includes(typed), 'the typed text serves');
  assert.equal(changes() - before, 1, 'one reload for the whole burst of keystrokes');
});
