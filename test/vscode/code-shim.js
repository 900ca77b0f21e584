#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }) where
// VS Code cannot be downloaded. It takes the Electron CLI arguments runTests passes
// (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=, --extensions-dir=, [folder|x.code-workspace])
// and runs the same tests in code-server's extension host, in headless chromium.
// Exit code = the extension tests' exit code (the workbench reports it through window.codeAutomationExit).
// env: CODE_SERVER_BIN, CHROMIUM, SHIM_TIMEOUT_MS (default 300000), SHIM_VERBOSE=1 (code-server's own log)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startCodeServer, launchBrowser } = require('./lib/code-server');

const argv = process.argv.slice(2);
const optionValues = (name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const SUITE_LOG_MARK = '\u2063[suite]';
process.env.STATUS_CODES_SUITE_LOG_MARK = SUITE_LOG_MARK; // inherited by code-server and its extension host
const log = (...a) => console.log('[code-shim]', ...a);

async function main() {
  const devPaths = optionValues('extensionDevelopmentPath').map((p) => path.resolve(p));
  const testsPath = optionValues('extensionTestsPath')[0];
  if (!testsPath) {
    console.error('code-shim: --extensionTestsPath= is required');
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-shim-'));
  const userDataDir = optionValues('user-data-dir')[0] || path.join(tmp, 'user-data');
  const extensionsDir = optionValues('extensions-dir')[0] || path.join(tmp, 'extensions');
  const target = argv.find((a) => !a.startsWith('-'));

  const server = await startCodeServer({ userDataDir, extensionsDir, verbose: !!process.env.SHIM_VERBOSE });
  let browser;
  const cleanUp = async () => {
    if (browser) await browser.close();
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  // runTests forwards Ctrl+C as SIGINT: still tear everything down
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => cleanUp().finally(() => process.exit(130)));
  log('code-server', server.url, 'pid', server.pid);

  const remote = (p) => `vscode-remote://${server.host}:${server.port}${path.resolve(p)}`;
  const payload = [
    ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  let url = `${server.url}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (!target)
    url += '&ew=true'; // empty window
  else if (target.endsWith('.code-workspace')) url += `&workspace=${encodeURIComponent(path.resolve(target))}`;
  else url += `&folder=${encodeURIComponent(path.resolve(target))}`;

  try {
    browser = await launchBrowser();
    const { page } = browser;
    // The suite's reporter lines carry SUITE_LOG_MARK (see suite/index.ts); the rest is workbench log.
    page.on('console', (msg) => {
      const text = msg.text();
      const at = text.indexOf(SUITE_LOG_MARK);
      if (at >= 0) console.log(text.slice(at + SUITE_LOG_MARK.length));
      else if (process.env.SHIM_VERBOSE) console.log('[page]', text);
    });
    const exitCode = await new Promise((resolve) => {
      const timeoutMs = Number(process.env.SHIM_TIMEOUT_MS || 300_000);
      const timer = setTimeout(() => {
        log(`no result after ${timeoutMs} ms`);
        resolve(1);
      }, timeoutMs);
      page.on('crash', () => {
        clearTimeout(timer);
        log('the page crashed');
        resolve(1);
      });
      page
        .exposeFunction('codeAutomationExit', (code) => {
          clearTimeout(timer);
          resolve(Number(code));
        })
        .then(() => page.goto(url, { waitUntil: 'domcontentloaded' }))
        .catch((e) => {
          clearTimeout(timer);
          log('browser error:', e.message);
          resolve(1);
        });
    });
    return exitCode;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => {
    log('exit', code);
    process.exit(code);
  },
  (e) => {
    console.error('[code-shim]', e);
    process.exit(1);
  },
);
