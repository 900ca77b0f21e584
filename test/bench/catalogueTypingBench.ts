// Typing in a large open catalogue (100,000 entries) while hovering in another file: 20
// keystrokes 50 ms apart, a hover on the other file after each. Measures how long those hovers
// wait (the issue: each keystroke re-parsed the catalogue, and hovers queued behind the parses),
// and the time until the typed text serves.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, LspTestClient } from '../support/lspClient';
import { median, ms, now, type Report } from './measure';

const FIRST_CODE = 900_000_000;
const KEYSTROKES = 20;

export async function catalogueTypingBench(quick: boolean, report: Report): Promise<void> {
  console.log('Typing in a 100,000-entry open catalogue');
  const count = quick ? 20_000 : 100_000;
  const entries = Array.from({ length: count }, (_, i) => ({
    code: FIRST_CODE + i,
    name: `USER_CODE_${i}`,
    message: `User code number ${i}.`,
  }));
  const text = JSON.stringify({ provider: 'typing', name: 'Typing', entries }, null, 1);
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-bench-typing-')));
  const file = path.join(root, 'big.codes.json');
  fs.writeFileSync(file, text);
  const client = await LspTestClient.start({
    rootUri: fileUri(root),
    settings: { catalogues: ['big.codes.json'] },
    // STATUS_CODES_BENCH_SERVER: another build of ours (e.g. dist/server-before.js), to compare builds.
    serverPath: process.env.STATUS_CODES_BENCH_SERVER,
  });
  try {
    const source = fileUri(path.join(root, 'app.ts'));
    client.open(source, 'typescript', `if (err.code === ${FIRST_CODE}) retry();\nif (err.code === 414) retry();`);
    const hover = (line: number) =>
      client
        .request<{ contents: { value: string } } | null>('textDocument/hover', {
          textDocument: { uri: source },
          position: { line, character: 20 },
        })
        .then((h) => h?.contents.value ?? '');
    await hover(0);
    const catalogue = fileUri(file);
    client.open(catalogue, 'json', text);
    await hover(1);
    const at = text.indexOf('User code number 0.') + 'User code number 0'.length;
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - text.lastIndexOf('\n', at - 1) - 1;
    const waits: Promise<number>[] = [];
    const t0 = now();
    for (let k = 0; k < KEYSTROKES; k++) {
      const position = { line, character: character + k };
      client.change(catalogue, k + 2, [{ range: { start: position, end: position }, text: '!' }]);
      const sent = now();
      waits.push(hover(1).then(() => now() - sent));
      await new Promise((r) => setTimeout(r, 50));
    }
    const times = await Promise.all(waits);
    const typed = `User code number 0${'!'.repeat(KEYSTROKES)}.`;
    let served = 0;
    for (let i = 0; i < 600 && !served; i++) {
      if ((await hover(0)).includes(typed)) served = now() - t0;
      else await new Promise((r) => setTimeout(r, 50));
    }
    report({
      section: 'catalogue typing',
      measure: `hover on another file during ${KEYSTROKES} keystrokes (50 ms apart) in a ${count.toLocaleString('en')}-entry open catalogue`,
      value: `median ${ms(median(times))}, max ${ms(Math.max(...times))}`,
      baseline: `typed text serving ${served ? ms(served) : 'never (30 s)'} after the first keystroke`,
    });
  } finally {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
