// Status Codes through the protocol against the least a vscode-languageserver server can do
// (minimalServer.ts): same transport (stdio), same client, same documents, measured in
// alternation in one run so that the machine's drift touches both alike; figures are ratios.
import * as path from 'node:path';
import { LspTestClient } from '../support/lspClient';
import { generateSource } from './generateSource';
import { codePositions, median, ms, now, peakRss, percentile, type Report } from './measure';

const MB = 1 << 20;
const MINIMAL_SERVER = path.join(__dirname, 'minimalServer.js');
/** Ours analyses every size here (statusCodes.maxFileSize is 5 MB by default). */
const SETTINGS = { maxFileSize: 0 };
/**
 * The same findings, none published: ours must scan the whole file before it knows its diagnostics
 * (a file with fewer problems than statusCodes.diagnostics.maxProblems). With the defaults, the
 * generated file (a finding every two lines) has its first 100 problems in its first lines.
 */
const WHOLE_FILE_SETTINGS = {
  ...SETTINGS,
  diagnostics: { severity: { 'unknown-string-code': 'off', 'near-miss-code': 'off', 'undocumented-code': 'off' } },
};
type Variant = 'whole file' | 'first 100 problems';
const settingsOf = (variant: Variant) => (variant === 'whole file' ? WHOLE_FILE_SETTINGS : SETTINGS);
/** What VS Code announces for completion: items resolved one by one, item defaults. */
const COMPLETION_CAPABILITIES = {
  completion: {
    completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } },
    completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
  },
};

interface Pair {
  readonly ours: LspTestClient;
  readonly minimal: LspTestClient;
}
type Side = keyof Pair;

const startServer = (side: Side): Promise<LspTestClient> =>
  LspTestClient.start({
    settings: SETTINGS,
    textDocumentCapabilities: COMPLETION_CAPABILITIES,
    // STATUS_CODES_BENCH_SERVER: another build of ours (e.g. dist/server-before.js), to compare builds by their ratios.
    serverPath: side === 'minimal' ? MINIMAL_SERVER : process.env.STATUS_CODES_BENCH_SERVER,
  });

let opened = 0;
/** didOpen of a new document → its publishDiagnostics, as the client sees it. */
async function openToDiagnostics(client: LspTestClient, text: string): Promise<number> {
  const uri = `file:///bench/protocol/${++opened}.ts`;
  const t0 = now();
  client.open(uri, 'typescript', text);
  await client.waitForDiagnostics(uri, undefined, 120_000);
  const t = now() - t0;
  void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return t;
}

function ratioRow(
  report: Report,
  measure: string,
  ours: number[],
  minimal: number[],
  limit?: number,
  unit: (x: number) => string = ms,
): void {
  const ratio = median(ours.map((o, i) => o / minimal[i]!));
  report({
    section: 'protocol',
    measure,
    value: `${unit(median(ours))}, ${ratio.toFixed(2)}x minimal`,
    baseline: `minimal server ${unit(median(minimal))}`,
    target: limit === undefined ? undefined : `≤ ${limit}x minimal`,
    met: limit === undefined ? undefined : ratio <= limit,
  });
}

/**
 * The first open of a freshly started server pays for what later ones find ready (module
 * load, compiled code, first-use caches): measured on new servers, right after `initialized`
 * as an editor opens its first file.
 */
async function firstOpens(report: Report, quick: boolean): Promise<void> {
  const text = generateSource('typescript', MB, 71);
  for (const variant of ['whole file', 'first 100 problems'] as Variant[]) {
    const times: Record<Side, number[]> = { ours: [], minimal: [] };
    for (let r = 0; r < (quick ? 2 : 4); r++) {
      for (const side of (r % 2 ? ['minimal', 'ours'] : ['ours', 'minimal']) as Side[]) {
        const client = await startServer(side);
        client.settings = settingsOf(variant);
        try {
          times[side].push(await openToDiagnostics(client, text));
        } finally {
          await client.close();
        }
      }
    }
    ratioRow(report, `first open of a fresh server → diagnostics, 1 MB, ${variant}`, times.ours, times.minimal);
  }
}

/** Later opens on running servers, alternating between them open by open. */
async function laterOpens(report: Report, quick: boolean, pair: Pair): Promise<void> {
  const sizes: [string, number, number, number | undefined][] = [
    ['100 KB', 100 * 1024, quick ? 7 : 15, undefined],
    ['1 MB', MB, quick ? 5 : 9, 2],
    ['10 MB', 10 * MB, quick ? 2 : 3, 2],
  ];
  for (const [label, size, runs, limit] of sizes) {
    const text = generateSource('typescript', size, 11);
    for (const variant of ['whole file', 'first 100 problems'] as Variant[]) {
      // Settings are asked per document: the next open gets these.
      pair.ours.settings = settingsOf(variant);
      // One open each first: this row is about servers that have opened a file before.
      await openToDiagnostics(pair.ours, text);
      await openToDiagnostics(pair.minimal, text);
      const times: Record<Side, number[]> = { ours: [], minimal: [] };
      for (let r = 0; r < runs; r++) {
        for (const side of (r % 2 ? ['minimal', 'ours'] : ['ours', 'minimal']) as Side[])
          times[side].push(await openToDiagnostics(pair[side], text));
      }
      ratioRow(report, `open → diagnostics, ${label}, ${variant} (later opens)`, times.ours, times.minimal, limit);
    }
  }
  pair.ours.settings = SETTINGS;
}

/** Hover and completion on the same ~330 KB file, request by request in alternation. */
async function requests(report: Report, quick: boolean, pair: Pair): Promise<void> {
  const text = generateSource('typescript', 330_000, 31);
  const uri = 'file:///bench/protocol/latency.ts';
  for (const side of ['ours', 'minimal'] as Side[]) {
    pair[side].open(uri, 'typescript', text);
    await pair[side].waitForDiagnostics(uri, undefined, 60_000);
  }
  const positions = codePositions(text, quick ? 200 : 500);
  const timed = async (side: Side, method: string, position: { line: number; character: number }) => {
    const t0 = now();
    await pair[side].request(method, { textDocument: { uri }, position });
    return now() - t0;
  };
  const hover: Record<Side, number[]> = { ours: [], minimal: [] };
  const completion: Record<Side, number[]> = { ours: [], minimal: [] };
  for (const p of positions.slice(0, 20))
    for (const side of ['ours', 'minimal'] as Side[]) await timed(side, 'textDocument/hover', p);
  for (const p of positions)
    for (const side of ['ours', 'minimal'] as Side[]) hover[side].push(await timed(side, 'textDocument/hover', p));
  for (const p of positions) {
    const inside = { line: p.line, character: p.character - 1 };
    for (const side of ['ours', 'minimal'] as Side[])
      completion[side].push(await timed(side, 'textDocument/completion', inside));
  }
  const floor = percentile(hover.minimal, 0.99);
  const row = (measure: string, times: number[], baseline: string) => {
    const p99 = percentile(times, 0.99);
    report({
      section: 'protocol',
      measure,
      value: `median ${ms(median(times))}, p99 ${ms(p99)}, p99 ${(p99 / floor).toFixed(2)}x minimal hover p99`,
      baseline,
      target: 'p99 ≤ 2x minimal hover p99',
      met: p99 <= 2 * floor,
    });
  };
  const minimalHover = `minimal hover median ${ms(median(hover.minimal))}, p99 ${ms(floor)}`;
  row(`hover, ${positions.length} requests`, hover.ours, minimalHover);
  row(
    `completion, ${positions.length} requests`,
    completion.ours,
    `${minimalHover}; minimal completion (fixed list) p99 ${ms(percentile(completion.minimal, 0.99))}`,
  );
}

/** Peak RSS of a fresh server that has opened one 10 MB document and analysed all of it (a hover on its last line). */
async function peakMemory(report: Report, quick: boolean): Promise<void> {
  const text = generateSource('typescript', 10 * MB, 61);
  const peaks: Record<Side, number[]> = { ours: [], minimal: [] };
  for (let r = 0; r < (quick ? 1 : 2); r++) {
    for (const side of ['ours', 'minimal'] as Side[]) {
      const client = await startServer(side);
      try {
        const uri = 'file:///bench/protocol/rss.ts';
        client.open(uri, 'typescript', text);
        await client.waitForDiagnostics(uri, undefined, 120_000);
        const lastLine = text.split('\n').length - 2;
        await client.request('textDocument/hover', {
          textDocument: { uri },
          position: { line: lastLine, character: 1 },
        });
        peaks[side].push(peakRss(client.process.pid!) ?? NaN);
      } finally {
        await client.close();
      }
    }
  }
  ratioRow(report, 'peak RSS, fresh server, one 10 MB document', peaks.ours, peaks.minimal, 1.5, (kb) =>
    Number.isNaN(kb) ? 'unknown' : `${(kb / 1024).toFixed(0)} MB`,
  );
}

export async function protocolBaseline(quick: boolean, report: Report): Promise<void> {
  console.log('Through the protocol: Status Codes against a minimal vscode-languageserver server');
  await firstOpens(report, quick);
  const pair: Pair = { ours: await startServer('ours'), minimal: await startServer('minimal') };
  try {
    await laterOpens(report, quick, pair);
    await requests(report, quick, pair);
  } finally {
    await Promise.all([pair.ours.close(), pair.minimal.close()]);
  }
  await peakMemory(report, quick);
}
