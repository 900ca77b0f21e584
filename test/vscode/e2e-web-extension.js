// End-to-end test of the web extension (package.json `browser`: dist/web/extension.js + dist/web/server.js) in a
// real browser: the packaged .vsix is installed into a fresh code-server, and `remote.extensionKind` sends it to the
// workbench's web worker extension host (the one vscode.dev and github.dev have) instead of the Node host. In headless
// chromium it must hover a code and show a diagnostic, and prove it is the web build that answers: the browser client
// answers a desktop-only command with its own message, which the desktop client never shows.
// usage: node test/vscode/e2e-web-extension.js   (after `npm run package` and scripts/provision-vscode.sh)
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  QUIET_USER_SETTINGS,
  installExtension,
  launchBrowser,
  phase,
  startCodeServer,
  writeUserSettings,
} = require('./lib/code-server');

const repo = path.resolve(__dirname, '../..');
const vsix = process.env.VSIX || path.join(repo, 'status-codes.vsix');
const failureDir = path.join(repo, '.e2e');
const EXTENSION_ID = 'status-codes.status-codes';
const HOVER_CODE = '414';
const HOVER_MESSAGE = 'Parameter error';
const MISSPELLED = 'Error_Timout';
const verbose = !!process.env.SHIM_VERBOSE;

/** Hovers the token until a hover containing `expected` shows (a hover needs the mouse to arrive). */
async function hoverToken(page, token, expected) {
  const target = page
    .locator('.monaco-editor .view-lines .view-line span span', { hasText: new RegExp(`^${token}$`) })
    .first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const hover = page.locator('.monaco-hover:visible', { hasText: expected }).first();
  for (let attempt = 1; attempt <= 8; attempt++) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60); // away, then back
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.waitFor({ timeout: 3000 });
      return (await hover.innerText()).trim();
    } catch {
      /* the worker may still be starting: try again */
    }
  }
  throw new Error(`no hover containing "${expected}" on ${token}`);
}

/** Runs a command through the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function run(page, serverUrl, folder) {
  let t = phase('open workbench', 'e2e-web');
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sample.ts' }).first();
  await file.waitFor({ timeout: 60_000 });
  await file.click();
  await page.locator('.monaco-editor .view-lines', { hasText: MISSPELLED }).waitFor({ timeout: 30_000 });
  t.end();

  t = phase('diagnostic from the web worker server', 'e2e-web');
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: MISSPELLED }).first();
  await row.waitFor({ timeout: 20_000 });
  const rowText = (await row.innerText()).replace(/\s+/g, ' ');
  console.log(`[e2e-web] problem: ${JSON.stringify(rowText)}`);
  assert.match(rowText, /Did you mean 'Error_Timeout'/);
  t.end();

  t = phase(`hover on ${HOVER_CODE}`, 'e2e-web');
  await page.locator('.monaco-editor .view-lines').first().click();
  const hoverText = await hoverToken(page, HOVER_CODE, HOVER_MESSAGE);
  console.log(`[e2e-web] hover: ${JSON.stringify(hoverText.slice(0, 300))}`);
  assert.match(hoverText, new RegExp(HOVER_MESSAGE));
  t.end();

  t = phase('the answering extension is the web build', 'e2e-web');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await runCommand(page, 'Status Codes: Generate constants file');
  const notice = page.locator('.notification-toast', { hasText: 'needs the desktop VS Code' }).first();
  await notice.waitFor({ timeout: 15_000 });
  console.log(`[e2e-web] notification: ${JSON.stringify((await notice.innerText()).replace(/\s+/g, ' '))}`);
  t.end();
}

async function main() {
  const total = phase('web extension in the browser', 'e2e-web');
  assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-e2e-web-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const folder = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), folder, {
    recursive: true,
    filter: (f) => !f.endsWith('.code-workspace'),
  });
  // "web": run the extension in the browser's web worker extension host, not in code-server's Node host.
  writeUserSettings(userDataDir, { ...QUIET_USER_SETTINGS, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });

  let t = phase('install .vsix', 'e2e-web');
  installExtension(vsix, extensionsDir, userDataDir);
  t.end();

  t = phase('start code-server', 'e2e-web');
  const server = await startCodeServer({ userDataDir, extensionsDir, verbose });
  t.end(server.url);
  let browser;
  try {
    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    const { ctx, page } = browser;
    page.on('pageerror', (e) => console.log('[e2e-web] page error:', e.message));
    const logConsole = (where) => (m) => {
      if (verbose || /status.?codes|worker|error/i.test(m.text())) console.log(`[e2e-web] ${where}: ${m.text()}`);
    };
    page.on('console', logConsole('console'));
    ctx.on('page', (p) => p.on('console', logConsole('console')));
    page.on('worker', (w) => {
      if (verbose) console.log(`[e2e-web] worker: ${w.url()}`);
      w.on('console', logConsole('worker'));
    });
    await run(page, server.url, folder);
    total.end('PASS');
    return 0;
  } catch (e) {
    console.error('[e2e-web] FAIL:', e.message);
    fs.mkdirSync(failureDir, { recursive: true });
    await browser?.page.screenshot({ path: path.join(failureDir, 'web-failure.png') }).catch(() => {});
    console.error(`[e2e-web] screenshot: ${path.join(failureDir, 'web-failure.png')}`);
    return 1;
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('[e2e-web]', e);
    process.exit(1);
  },
);
