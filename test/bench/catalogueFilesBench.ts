// Many user catalogue files: a workspace whose `statusCodes.catalogues` names 1,000 or 10,000
// small files, spread over a few folders, through the server as VS Code starts it (the client's
// file watcher with relative patterns). Measures spawn → the first hover that needs the last file,
// against one file in the same run, and how many watchers the server asks the client for.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileUri, LspTestClient } from '../support/lspClient';
import { ms, now, peakRss, type Report } from './measure';

const FOLDERS = 10;
const FIRST_CODE = 950_000_000;

/** A workspace folder with `count` catalogue files of one entry each; the setting lists them all. */
function workspace(count: number): { root: string; catalogues: string[] } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-bench-catalogues-')));
  const catalogues: string[] = [];
  for (let i = 0; i < count; i++) {
    const relative = path.join('codes', `team${i % FOLDERS}`, `c${i}.codes.json`);
    fs.mkdirSync(path.join(root, path.dirname(relative)), { recursive: true });
    const entry = { code: FIRST_CODE + i, name: `TEAM_CODE_${i}`, message: `Team code ${i}` };
    fs.writeFileSync(
      path.join(root, relative),
      JSON.stringify({ provider: `team-${i}`, name: 'Team', entries: [entry] }),
    );
    catalogues.push(relative);
  }
  return { root, catalogues };
}

/** Spawn → first hover on the code of the last file; the watchers registered; the server's peak RSS. */
async function firstHover(count: number): Promise<{ ms: number; watchers: number; rssMb?: number }> {
  const { root, catalogues } = workspace(count);
  const t0 = now();
  const client = await LspTestClient.start({
    rootUri: fileUri(root),
    settings: { catalogues },
    // STATUS_CODES_BENCH_SERVER: another build of ours (e.g. dist/server-before.js), to compare builds.
    serverPath: process.env.STATUS_CODES_BENCH_SERVER,
    workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } },
  });
  try {
    const uri = fileUri(path.join(root, 'app.ts'));
    client.open(uri, 'typescript', `if (err.code === ${FIRST_CODE + count - 1}) retry();`);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 20 },
    });
    const elapsed = now() - t0;
    if (!hover?.contents.value.includes(`Team code ${count - 1}`)) throw new Error(`no hover from file ${count}`);
    const watchers = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .reduce((n, r) => n + ((r.registerOptions as { watchers?: unknown[] })?.watchers?.length ?? 0), 0);
    const rss = client.process.pid ? peakRss(client.process.pid) : undefined;
    return { ms: elapsed, watchers, rssMb: rss && Math.round(rss / 1024) };
  } finally {
    await client.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export async function catalogueFilesBench(quick: boolean, report: Report): Promise<void> {
  console.log('Many user catalogue files (statusCodes.catalogues)');
  const one = await firstHover(1);
  for (const count of quick ? [1000] : [1000, 10_000]) {
    const run = await firstHover(count);
    report({
      section: 'catalogue files',
      measure: `spawn → first hover, ${count.toLocaleString('en')} files in ${FOLDERS} folders`,
      value: `${ms(run.ms)}, ${run.watchers} watchers registered, peak RSS ${run.rssMb ?? '?'} MB`,
      baseline: `1 file: ${ms(one.ms)}`,
    });
  }
}
