// Completion through the protocol (issue 17: p99 within 2x of the minimal server's hover p99 on the
// same file; issue 18 item 7: cost follows the list, not the catalogue). Ours and the minimal server
// (minimalServer.ts) get the same document and requests in alternation; with the built-in catalogues
// and with a 100,000-entry user catalogue. `npm run bench -- --only=completion`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, LspTestClient } from '../support/lspClient';
import { generateSource } from './generateSource';
import { codePositions, median, ms, now, percentile, type Report } from './measure';

const MINIMAL_SERVER = path.join(__dirname, 'minimalServer.js');
/** What VS Code announces for completion: items resolved one by one, item defaults. */
const COMPLETION_CAPABILITIES = {
  completion: {
    completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } },
    completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
  },
};
const BIG_CATALOGUE_ENTRIES = 100_000;

type Position = { line: number; character: number };
type List = { isIncomplete?: boolean; items: unknown[] } | null;

/** A user catalogue of `count` codes from 7,000,000 up (names and messages of a few words). */
function writeBigCatalogue(folder: string, count: number): string {
  const words = ['ROOM', 'TOKEN', 'MESSAGE', 'USER', 'GROUP', 'FILE', 'CALL', 'PUSH'];
  const entries = Array.from({ length: count }, (_, i) => ({
    code: 7_000_000 + i,
    name: `${words[i % words.length]!}_ERROR_${i}`,
    message: `Generated error ${i} of the ${words[i % words.length]!.toLowerCase()} service`,
  }));
  const file = path.join(folder, 'big.codes.json');
  fs.writeFileSync(file, JSON.stringify({ provider: 'bench-big', name: 'Bench big catalogue', entries }));
  return file;
}

async function timedRequest(client: LspTestClient, method: string, uri: string, position: Position) {
  const t0 = now();
  const result = await client.request<List>(method, { textDocument: { uri }, position });
  return { time: now() - t0, result };
}

/**
 * Hover on the minimal server and completion on ours at the same positions, alternately: an empty
 * prefix (the cursor before a code) and two typed digits.
 */
async function measureCompletion(
  report: Report,
  label: string,
  ours: LspTestClient,
  minimal: LspTestClient,
  uri: string,
  positions: readonly Position[],
): Promise<void> {
  for (const p of positions.slice(0, 20)) {
    await timedRequest(minimal, 'textDocument/hover', uri, p);
    await timedRequest(ours, 'textDocument/completion', uri, p);
  }
  const hover: number[] = [];
  const cases: [string, (p: Position) => Position][] = [
    ['nothing typed', (p) => ({ line: p.line, character: p.character - 1 })],
    ['two digits typed', (p) => ({ line: p.line, character: p.character + 1 })],
  ];
  const times = cases.map((): number[] => []);
  const items = cases.map((): number[] => []);
  let incomplete = cases.map(() => 0);
  for (const p of positions) {
    hover.push((await timedRequest(minimal, 'textDocument/hover', uri, p)).time);
    for (let c = 0; c < cases.length; c++) {
      const { time, result } = await timedRequest(ours, 'textDocument/completion', uri, cases[c]![1](p));
      times[c]!.push(time);
      items[c]!.push(result?.items.length ?? 0);
      if (result?.isIncomplete) incomplete = incomplete.map((n, i) => (i === c ? n + 1 : n));
    }
  }
  const floor = percentile(hover, 0.99);
  cases.forEach(([name], c) => {
    const p99 = percentile(times[c]!, 0.99);
    report({
      section: 'completion',
      measure: `completion, ${label}, ${name} (${median(items[c]!)} items, ${incomplete[c]}/${positions.length} incomplete)`,
      value: `median ${ms(median(times[c]!))}, p99 ${ms(p99)}, p99 ${(p99 / floor).toFixed(2)}x minimal hover p99`,
      baseline: `minimal hover median ${ms(median(hover))}, p99 ${ms(floor)}`,
      target: 'p99 ≤ 2x minimal hover p99',
      met: p99 <= 2 * floor,
    });
  });
}

export async function completionBench(quick: boolean, report: Report): Promise<void> {
  console.log('Completion through the protocol: Status Codes against a minimal server hover');
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-completion-bench-')));
  const text = generateSource('typescript', 330_000, 31);
  // In the workspace folder, where its user catalogues apply.
  const uri = fileUri(path.join(root, 'src', 'latency.ts'));
  const positions = codePositions(text, quick ? 200 : 500);
  const clients: LspTestClient[] = [];
  const start = async (options: Parameters<typeof LspTestClient.start>[0]) => {
    const client = await LspTestClient.start({ textDocumentCapabilities: COMPLETION_CAPABILITIES, ...options });
    clients.push(client);
    client.open(uri, 'typescript', text);
    await client.waitForDiagnostics(uri, undefined, 120_000);
    return client;
  };
  try {
    // STATUS_CODES_BENCH_SERVER: another build of ours (e.g. dist/server-before.js), to compare builds by their ratios.
    const serverPath = process.env.STATUS_CODES_BENCH_SERVER;
    const minimal = await start({ serverPath: MINIMAL_SERVER });
    const builtIn = await start({ serverPath, settings: { maxFileSize: 0 } });
    await measureCompletion(report, 'built-in catalogues', builtIn, minimal, uri, positions);
    await builtIn.close();

    writeBigCatalogue(root, BIG_CATALOGUE_ENTRIES);
    const big = await start({
      serverPath,
      rootUri: fileUri(root),
      settings: { maxFileSize: 0, catalogues: ['big.codes.json'] },
    });
    // The catalogue loads in the background: wait until its codes answer.
    const probe = fileUri(path.join(root, 'src', 'probe.ts'));
    big.open(probe, 'typescript', 'if (err.code === 7000005) {}');
    let loaded = false;
    await big.waitFor(
      () => {
        void big
          .request<{ contents: { value: string } } | null>('textDocument/hover', {
            textDocument: { uri: probe },
            position: { line: 0, character: 18 },
          })
          .then((h) => (loaded = /Generated error 5 /.test(h?.contents.value ?? '')));
        return loaded;
      },
      120_000,
      'the big catalogue',
    );
    await measureCompletion(
      report,
      `${BIG_CATALOGUE_ENTRIES.toLocaleString('en')}-entry user catalogue`,
      big,
      minimal,
      uri,
      positions.slice(0, quick ? 40 : 100),
    );
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    fs.rmSync(root, { recursive: true, force: true });
  }
}
