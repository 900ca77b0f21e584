// The Status Codes benchmark (not a test): `npm run bench` (or `bench:quick`).
// Prints a table and writes bench-results/latest.json. Every figure is a median of
// repeated runs, with a baseline measured in the same process where one makes sense.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VALIDATION_DELAY_MS } from '../../server/src/lsp/features/diagnosticsFeature';
import { ChunkedDocument } from '../../server/src/service/text/chunkedDocument';
import { LspTestClient, REPO_ROOT } from '../support/lspClient';
import { builtInStore, createTestService } from '../support/service';
import { BENCH_LANGUAGES, catalogueCodes, generateSource, random } from './generateSource';
import { codePositions, median, ms, now, peakRss, percentile, type Report, type Row } from './measure';
import { protocolBaseline } from './protocolBench';
import { cliBench } from './cliBench';
import { pathologicalBench } from './pathologicalBench';
import { catalogueFilesBench } from './catalogueFilesBench';
import { catalogueTypingBench } from './catalogueTypingBench';
import { completionBench } from './completionBench';

const QUICK = process.argv.includes('--quick');
const MB = 1 << 20;

const rows: Row[] = [];
const report: Report = (row) => {
  rows.push(row);
  console.log(
    `  ${row.section} | ${row.measure}: ${row.value}${row.baseline ? ` (baseline ${row.baseline})` : ''}${row.target ? ` target ${row.target}: ${row.met ? 'met' : 'NOT met'}` : ''}`,
  );
};

const timeRuns = (runs: number, f: () => void): number => {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = now();
    f();
    t.push(now() - s);
  }
  return median(t);
};
/**
 * Times a baseline `a` and a subject `b` in alternation, so that the machine's drift
 * (a shared 2-core VM) touches both alike: medians of each, and the median of the ratios b/a.
 */
function timePairs(runs: number, a: () => void, b: () => void): { a: number; b: number; ratio: number } {
  const as: number[] = [],
    bs: number[] = [],
    ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    let s = now();
    a();
    const ta = now() - s;
    s = now();
    b();
    const tb = now() - s;
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

/** The floor: one regex pass that matches every number and string literal. */
const LITERALS = /[0-9]+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;
function floorPass(text: string): number {
  let n = 0;
  LITERALS.lastIndex = 0;
  while (LITERALS.exec(text)) n++;
  return n;
}

function fullAnalysis(): void {
  console.log('Full analysis (scan, code contexts, findings → diagnostics)');
  const { service, index, settings } = createTestService();
  let uri = 0;
  const analyse = (text: string, languageId: string) => {
    // The server's document type; making it (cutting the text into chunks) is part of the time.
    const document = ChunkedDocument.create(`file:///bench/${++uri}`, languageId, 1, text);
    service.doValidation(document, service.doAnalysis(document, index), settings);
    service.documentClosed(document.uri);
  };
  const sizes: [string, number, number][] = QUICK
    ? [
        ['100 KB', 100 * 1024, 5],
        ['1 MB', MB, 5],
      ]
    : [
        ['100 KB', 100 * 1024, 15],
        ['1 MB', MB, 15],
        ['10 MB', 10 * MB, 3],
      ];
  for (const [label, size, runs] of sizes) {
    const text = generateSource('typescript', size, 11);
    for (let w = 0; w < 3; w++) {
      analyse(text, 'typescript');
      floorPass(text);
    } // warm up: compiled code, not the first runs, is measured
    const {
      a: floor,
      b: t,
      ratio,
    } = timePairs(
      runs,
      () => floorPass(text),
      () => analyse(text, 'typescript'),
    );
    report({
      section: 'analysis',
      measure: `typescript ${label}`,
      value: `${ms(t)}, ${(text.length / MB / (t / 1000)).toFixed(1)} MB/s, ${ratio.toFixed(1)}x floor`,
      baseline: `regex floor ${ms(floor)}`,
      // 1 MB in every language: under 10x (issue 17); other sizes keep the older 3x goal.
      target: size === MB ? '< 10x floor' : '≤ 3x floor',
      met: size === MB ? ratio < 10 : ratio <= 3,
    });
    if (size === MB)
      report({
        section: 'analysis',
        measure: 'typescript 1 MB absolute',
        value: ms(t),
        target: '< 20 ms',
        met: t < 20,
      });
  }
  for (const language of BENCH_LANGUAGES.filter((l) => l !== 'typescript')) {
    const text = generateSource(language, MB, 12);
    for (let w = 0; w < 2; w++) analyse(text, language);
    const {
      a: floor,
      b: t,
      ratio,
    } = timePairs(
      QUICK ? 3 : 7,
      () => floorPass(text),
      () => analyse(text, language),
    );
    report({
      section: 'analysis',
      measure: `${language} 1 MB`,
      value: `${ms(t)}, ${(text.length / MB / (t / 1000)).toFixed(1)} MB/s, ${ratio.toFixed(1)}x floor`,
      baseline: `regex floor ${ms(floor)}`,
      target: '< 10x floor',
      met: ratio < 10,
    });
  }
}

function incrementalService(): void {
  console.log('Incremental editing through the pure service: text update, re-scan, diagnostics');
  const { service, index, settings } = createTestService();
  const rescan: Record<string, number> = {};
  const total: Record<string, number> = {};
  const sizes: [string, number][] = QUICK
    ? [
        ['100 KB', 100 * 1024],
        ['1 MB', MB],
      ]
    : [
        ['100 KB', 100 * 1024],
        ['10 MB', 10 * MB],
      ];
  for (const [label, size] of sizes) {
    const document = ChunkedDocument.create(
      `file:///bench/inc-${label}`,
      'typescript',
      1,
      generateSource('typescript', size, 21),
    );
    const reference = TextDocument.create(`file:///bench/ref-${label}`, 'typescript', 1, document.getText());
    const libraryUpdates: number[] = [];
    service.doAnalysis(document, index).all();
    const rnd = random(5);
    const [updates, scans, collects, totals]: number[][] = [[], [], [], []];
    const edits = ['4', '', 'x', '\n', 'code === 414', ''];
    for (let i = 0; i < 200; i++) {
      const offset = Math.floor(rnd() * document.length);
      const start = document.positionAt(offset);
      const text = edits[i % edits.length]!;
      const range = { start, end: text === '' ? document.positionAt(offset + 1) : start };
      const t0 = now();
      document.update([{ range, text }], document.version + 1);
      const t1 = now();
      service.documentChanged(document, [{ range, text }]);
      const analysis = service.doAnalysis(document, index);
      analysis.onLine(start.line); // re-scans what changed
      const t2 = now();
      // What the server publishes (statusCodes.diagnostics.maxProblems).
      service.doValidation(document, analysis, settings);
      const t3 = now();
      updates.push(t1 - t0);
      scans.push(t2 - t1);
      collects.push(t3 - t2);
      totals.push(t3 - t0);
      // The same edit on one string (vscode-languageserver-textdocument), for comparison.
      const t4 = now();
      TextDocument.update(reference, [{ range, text }], reference.version + 1);
      reference.getText().charCodeAt(0);
      libraryUpdates.push(now() - t4);
    }
    rescan[label] = median(scans);
    total[label] = median(totals);
    report({
      section: 'incremental (service)',
      measure: `${label}, 200 edits: re-scan (changed + refresh)`,
      value: `median ${ms(median(scans))}, p99 ${ms(percentile(scans, 0.99))}`,
    });
    report({
      section: 'incremental (service)',
      measure: `${label}, 200 edits: text update (ChunkedDocument)`,
      value: `median ${ms(median(updates))}`,
      baseline: `one string (TextDocument.update): ${ms(median(libraryUpdates))}`,
    });
    report({
      section: 'incremental (service)',
      measure: `${label}, 200 edits: diagnostics (first ${settings.diagnostics.maxProblems})`,
      value: `median ${ms(median(collects))}`,
    });
    report({
      section: 'incremental (service)',
      measure: `${label}, 200 edits: total`,
      value: `median ${ms(median(totals))}, p99 ${ms(percentile(totals, 0.99))}`,
    });
    service.documentClosed(document.uri);
  }
  const [small, large] = sizes.map(([l]) => l) as [string, string];
  report({
    section: 'incremental (service)',
    measure: `re-scan per edit, ${large} / 100 KB`,
    value: `${(rescan[large]! / rescan[small]!).toFixed(1)}x`,
    target: '≤ 3x',
    met: rescan[large]! / rescan[small]! <= 3,
  });
  report({
    section: 'incremental (service)',
    measure: `total per edit, ${large} / 100 KB`,
    value: `${(total[large]! / total[small]!).toFixed(1)}x`,
    target: '≤ 3x',
    met: total[large]! / total[small]! <= 3,
  });
}

function userCatalogue(): void {
  console.log('A user catalogue of 100,000 entries');
  const entries = Array.from({ length: 100_000 }, (_, i) => ({
    code: 900_000_000 + i,
    name: `USER_CODE_${i}`,
    message: `User code number ${i}.`,
    summary: 'Generated for the benchmark.',
  }));
  const text = JSON.stringify({ provider: 'bench-user', name: 'Benchmark codes', entries }, null, 1);
  const times: number[] = [];
  let store = builtInStore();
  for (let r = 0; r < (QUICK ? 1 : 3); r++) {
    store = builtInStore();
    const t0 = now();
    const loaded = store.setUser('file:///bench/user.codes.json', text);
    store.indexFor({}, ['file:///bench/user.codes.json']);
    times.push(now() - t0);
    if (!loaded.ok) throw new Error(`generated catalogue invalid: ${loaded.problems[0]?.message}`);
  }
  const t = median(times);
  report({
    section: 'user catalogue',
    measure: `parse + validate + index (${(text.length / MB).toFixed(1)} MB JSON)`,
    value: ms(t),
    target: '< 500 ms',
    met: t < 500,
  });
  const { service } = createTestService(undefined, store);
  const index = service.getCatalogueIndex(createTestService().settings, ['file:///bench/user.codes.json']);
  const lines = Array.from(
    { length: 2000 },
    (_, i) => `if (err.code === ${900_000_000 + i * 37}) retry(); // and ${catalogueCodes().long[i % 50]}`,
  );
  const document = TextDocument.create('file:///bench/user.ts', 'typescript', 1, lines.join('\n'));
  service.doHover(document, { line: 0, character: 18 }, service.doAnalysis(document, index));
  const hovers: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t0 = now();
    const h = service.doHover(document, { line: i, character: 20 }, service.doAnalysis(document, index));
    hovers.push(now() - t0);
    if (!h) throw new Error(`no hover on line ${i}`);
  }
  report({
    section: 'user catalogue',
    measure: 'hover with it (service)',
    value: `median ${ms(median(hovers))}, p99 ${ms(percentile(hovers, 0.99))}`,
    target: 'p99 < 5 ms',
    met: percentile(hovers, 0.99) < 5,
  });
}

async function serverLatency(): Promise<void> {
  console.log('Hover and completion through the server (stdio)');
  // Announces what VS Code announces: completion items resolved one by one (documentation on demand), item defaults.
  const client = await LspTestClient.start({
    settings: { maxFileSize: 0 },
    textDocumentCapabilities: {
      completion: {
        completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } },
        completionList: {
          itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
        },
      },
    },
  });
  try {
    const text = generateSource('typescript', 330_000, 31);
    const lineCount = text.split('\n').length;
    const uri = 'file:///bench/latency.ts';
    client.open(uri, 'typescript', text);
    await client.waitForDiagnostics(uri, undefined, 60_000);
    const positions = codePositions(text, QUICK ? 200 : 500);
    const hover = async (position: { line: number; character: number }) =>
      client.request('textDocument/hover', { textDocument: { uri }, position });
    for (const p of positions.slice(0, 20)) await hover(p);
    const times: number[] = [];
    let answered = 0;
    for (const p of positions) {
      const t0 = now();
      if (await hover(p)) answered++;
      times.push(now() - t0);
    }
    report({
      section: 'server',
      measure: `hover, ${lineCount} lines (${answered}/${positions.length} answered)`,
      value: `median ${ms(median(times))}, p99 ${ms(percentile(times, 0.99))}`,
      target: 'p99 < 5 ms',
      met: percentile(times, 0.99) < 5,
    });

    // A server without completion answers MethodNotFound.
    const hasCompletion = await client
      .request('textDocument/completion', { textDocument: { uri }, position: positions[0] })
      .then(
        () => true,
        () => false,
      );
    if (hasCompletion) {
      const ctimes: number[] = [];
      for (const p of positions) {
        const t0 = now();
        await client.request('textDocument/completion', {
          textDocument: { uri },
          position: { line: p.line, character: p.character - 1 },
        });
        ctimes.push(now() - t0);
      }
      report({
        section: 'server',
        measure: `completion, ${lineCount} lines`,
        value: `median ${ms(median(ctimes))}, p99 ${ms(percentile(ctimes, 0.99))}`,
        target: 'p99 < 10 ms',
        met: percentile(ctimes, 0.99) < 10,
      });
    } else {
      report({ section: 'server', measure: 'completion', value: 'not available (no completionProvider)' });
    }

    // didChange → publishDiagnostics, minus the validation debounce.
    const perEdit: Record<string, number> = {};
    for (const [label, size] of (QUICK
      ? [
          ['100 KB', 100 * 1024],
          ['1 MB', MB],
        ]
      : [
          ['100 KB', 100 * 1024],
          ['10 MB', 10 * MB],
        ]) as [string, number][]) {
      const docUri = `file:///bench/edit-${size}.ts`;
      const docText = generateSource('typescript', size, 41);
      const document = TextDocument.create(docUri, 'typescript', 1, docText);
      client.open(docUri, 'typescript', docText);
      await client.waitForDiagnostics(docUri, 1, 120_000);
      const rnd = random(9);
      const times: number[] = [];
      for (let i = 0; i < (QUICK ? 10 : 25); i++) {
        const start = document.positionAt(Math.floor(rnd() * document.getText().length));
        const change = { range: { start, end: start }, text: i % 2 ? '4' : '\n' };
        TextDocument.update(document, [change], document.version + 1);
        const t0 = now();
        client.change(docUri, document.version, [change]);
        await client.waitForDiagnostics(docUri, document.version, 60_000);
        times.push(now() - t0 - VALIDATION_DELAY_MS);
      }
      perEdit[label] = median(times);
      report({
        section: 'server',
        measure: `didChange → diagnostics, ${label} (minus ${VALIDATION_DELAY_MS} ms debounce)`,
        value: `median ${ms(median(times))}, p99 ${ms(percentile(times, 0.99))}`,
      });
      void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: docUri } });
    }
    const [small, large] = Object.values(perEdit) as [number, number];
    report({
      section: 'server',
      measure: 'large per edit / 100 KB per edit',
      value: `${(Math.max(large, 0.01) / Math.max(small, 0.01)).toFixed(1)}x`,
      target: '≤ 3x',
      met: Math.max(large, 0.01) / Math.max(small, 0.01) <= 3,
    });

    // Responsiveness: a hover on a small document while a big one is being analysed.
    const bigUri = 'file:///bench/big.ts';
    const smallUri = 'file:///bench/small.ts';
    client.open(smallUri, 'typescript', 'if (err.code === 414) retry();\n');
    await client.waitForDiagnostics(smallUri);
    client.open(bigUri, 'typescript', generateSource('typescript', QUICK ? 2 * MB : 5 * MB, 51));
    const t0 = now();
    await client.request('textDocument/hover', {
      textDocument: { uri: smallUri },
      position: { line: 0, character: 18 },
    });
    report({
      section: 'server',
      measure: `hover on a small file right after opening a ${QUICK ? 2 : 5} MB file`,
      value: ms(now() - t0),
    });
    await client.waitForDiagnostics(bigUri, undefined, 120_000);

    client.open('file:///bench/ten.ts', 'typescript', generateSource('typescript', 10 * MB, 61));
    await client.waitForDiagnostics('file:///bench/ten.ts', undefined, 120_000);
    const rss = peakRss(client.process.pid!);
    report({
      section: 'server',
      measure: 'peak RSS with a 10 MB document open (plus the others above)',
      value: rss === undefined ? 'unknown' : `${(rss / 1024).toFixed(0)} MB`,
    });
  } finally {
    await client.close();
  }
}

async function startUp(): Promise<void> {
  console.log('Start-up');
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = now();
    spawnSync(process.execPath, ['-e', '0']);
    bare.push(now() - t0);
  }
  const server: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 5); i++) {
    const t0 = now();
    const client = await LspTestClient.start();
    try {
      const uri = 'file:///bench/start.ts';
      client.open(uri, 'typescript', 'if (err.code === 414) retry();\nconst x = 6600300001;\n');
      await client.waitForDiagnostics(uri, undefined, 30_000);
      server.push(now() - t0);
    } finally {
      await client.close();
    }
  }
  report({
    section: 'start-up',
    measure: 'spawn → first diagnostics',
    value: ms(median(server)),
    baseline: `node -e 0: ${ms(median(bare))}`,
  });
}

async function cspell(): Promise<void> {
  console.log('Reference: cspell-lib on the same 1 MB file');
  const text = generateSource('typescript', MB, 11);
  const { service, index, settings } = createTestService();
  const ours = timeRuns(3, () => {
    const document = ChunkedDocument.create('file:///bench/cs.ts', 'typescript', 1, text);
    service.doValidation(document, service.doAnalysis(document, index), settings);
    service.documentClosed(document.uri);
  });
  try {
    const lib = await import('cspell-lib');
    const check = () =>
      lib.spellCheckDocument(
        { uri: 'file:///bench/cs.ts', text, languageId: 'typescript' },
        { generateSuggestions: false, noConfigSearch: true },
        {},
      );
    await lib.spellCheckDocument(
      { uri: 'file:///bench/warm.ts', text: text.slice(0, 20_000), languageId: 'typescript' },
      { generateSuggestions: false, noConfigSearch: true },
      {},
    );
    const times: number[] = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      const t0 = now();
      await check();
      times.push(now() - t0);
    }
    const theirs = median(times);
    report({
      section: 'reference',
      measure: 'cspell-lib spellCheckDocument, 1 MB',
      value: ms(theirs),
      baseline: `Status Codes ${ms(ours)}`,
      target: 'Status Codes faster',
      met: ours < theirs,
    });
  } catch (e) {
    report({ section: 'reference', measure: 'cspell-lib', value: `not available: ${(e as Error).message}` });
  }
}

async function main(): Promise<void> {
  const started = now();
  console.log(
    `Status Codes benchmark${QUICK ? ' (quick)' : ''} — Node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`,
  );
  // `--only=protocol,analysis` runs some sections (while iterating); the default is all of them.
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const sections: [string, () => void | Promise<void>][] = [
    ['analysis', fullAnalysis],
    ['incremental', incrementalService],
    ['catalogue', userCatalogue],
    ['catalogue-files', () => catalogueFilesBench(QUICK, report)],
    ['catalogue-typing', () => catalogueTypingBench(QUICK, report)],
    ['protocol', () => protocolBaseline(QUICK, report)],
    ['server', serverLatency],
    ['start-up', startUp],
    ['reference', cspell],
    ['cli', () => cliBench(QUICK, report)],
    ['pathological', () => pathologicalBench(QUICK, report)],
    ['completion', () => completionBench(QUICK, report)],
  ];
  for (const [name, run] of sections) if (!only || only.includes(name)) await run();
  const out = path.join(REPO_ROOT, 'bench-results');
  fs.mkdirSync(out, { recursive: true });
  const result = {
    date: new Date().toISOString(),
    quick: QUICK,
    node: process.version,
    seconds: (now() - started) / 1000,
    rows,
  };
  fs.writeFileSync(path.join(out, 'latest.json'), JSON.stringify(result, null, 2));
  console.log('\n| Section | Measure | Result | Baseline | Target | Met |\n|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.section} | ${r.measure} | ${r.value} | ${r.baseline ?? ''} | ${r.target ?? ''} | ${r.target ? (r.met ? 'yes' : 'no') : ''} |`,
    );
  console.log(`\n${rows.length} figures in ${result.seconds.toFixed(0)} s; written to bench-results/latest.json`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
