// Runs the extension-host suite (out/test/vscode/suite) with @vscode/test-electron's runTests, twice:
// on the fixture folder and on the multi-root multi.code-workspace. Both run on copies of the
// fixtures, so tests that edit files or settings never touch the repository.
//
// Which VS Code: STATUS_CODES_VSCODE=download uses runTests' own download of VS Code;
// STATUS_CODES_VSCODE=code-server uses test/vscode/code-shim.js (code-server + headless chromium);
// unset: download only if the VS Code update server answers within 3 s (never, offline) and a
// display is available, otherwise code-server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(__dirname, '../../..');
const fixtures = path.join(repo, 'test/vscode');
const shim = path.join(fixtures, 'code-shim.js');
const extensionTestsPath = path.join(__dirname, 'suite', 'index');

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function canDownloadVSCode(): Promise<boolean> {
  const choice = process.env.STATUS_CODES_VSCODE;
  if (choice === 'download') return true;
  if (choice === 'code-server') return false;
  if (process.platform === 'linux' && !process.env.DISPLAY) return false; // Electron needs a display (xvfb-run)
  try {
    const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', {
      signal: AbortSignal.timeout(3000),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/** Copies both fixture folders side by side so multi.code-workspace's relative paths still resolve. */
function copyFixtures(into: string): { folder: string; workspaceFile: string } {
  for (const name of ['workspace', 'workspace-backend']) {
    fs.cpSync(path.join(fixtures, name), path.join(into, name), { recursive: true });
  }
  return { folder: path.join(into, 'workspace'), workspaceFile: path.join(into, 'workspace', 'multi.code-workspace') };
}

async function runOne(name: string, target: string, tmp: string, vscodeExecutablePath?: string): Promise<boolean> {
  const started = Date.now();
  console.log(`[vscode-test] ${name}: ${target}`);
  try {
    await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : {}),
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      // fresh profile per run: no settings or extensions leak between runs or from the machine
      launchArgs: [
        target,
        `--user-data-dir=${path.join(tmp, `${name}-user`)}`,
        `--extensions-dir=${path.join(tmp, `${name}-extensions`)}`,
      ],
    });
    console.log(`[vscode-test] ${name}: passed in ${seconds(started)}`);
    return true;
  } catch (e) {
    console.error(`[vscode-test] ${name}: FAILED in ${seconds(started)}: ${(e as Error).message}`);
    return false;
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  if (!fs.existsSync(path.join(repo, 'dist/extension.js'))) {
    console.error('[vscode-test] dist/extension.js is missing: run `npm run build` first');
    return 1;
  }
  const download = await canDownloadVSCode();
  fs.chmodSync(shim, 0o755);
  console.log(
    `[vscode-test] VS Code: ${download ? 'downloaded by @vscode/test-electron' : 'code-server via code-shim.js'}`,
  );

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-vscode-test-'));
  try {
    const { folder, workspaceFile } = copyFixtures(tmp);
    const executable = download ? undefined : shim;
    const results = [
      await runOne('folder', folder, tmp, executable),
      await runOne('multi-root', workspaceFile, tmp, executable),
    ];
    console.log(`[vscode-test] extension-host suite: ${seconds(started)}`);
    return results.every(Boolean) ? 0 : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
