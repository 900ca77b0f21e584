// End-to-end test of the packaged extension, the way a user meets it: install status-codes.vsix into a
// fresh code-server, open the fixture workspace in headless chromium, hover a code, open the Problems
// panel. Saves docs/images/hover.png and docs/images/problems.png (on failure: .e2e/failure.png).
// usage: node test/vscode/e2e-browser.js   (after `npm run package` and scripts/provision-vscode.sh)
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { installExtension, launchBrowser, phase, startCodeServer, writeUserSettings } = require('./lib/code-server');

const repo = path.resolve(__dirname, '../..');
const vsix = process.env.VSIX || path.join(repo, 'status-codes.vsix');
const screenshots = path.join(repo, 'docs', 'images');
const failureDir = path.join(repo, '.e2e');
const HOVER_CODE = '414';
const HOVER_MESSAGE = 'Parameter error';
const MISSPELLED = 'Error_Timout';

/** Waits for the finite CSS animations on the page (fade-ins) to end; spinners run forever and are skipped. */
async function settleAnimations(page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => {})),
    ),
  );
}

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
      await settleAnimations(page); // the hover fades in: a screenshot taken now would be half transparent
      return (await hover.innerText()).trim();
    } catch {
      /* the server may still be starting: try again */
    }
  }
  throw new Error(`no hover containing "${expected}" on ${token}`);
}

async function run(page, serverUrl, folder) {
  let t = phase('open workbench', 'e2e');
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  const file = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'sample.ts' }).first();
  await file.waitFor({ timeout: 60_000 });
  await file.click();
  await page.locator('.monaco-editor .view-lines', { hasText: MISSPELLED }).waitFor({ timeout: 30_000 });
  t.end();

  t = phase('diagnostics squiggle', 'e2e');
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
  t.end();

  t = phase(`hover on ${HOVER_CODE}`, 'e2e');
  const hoverText = await hoverToken(page, HOVER_CODE, HOVER_MESSAGE);
  console.log(`[e2e] hover: ${JSON.stringify(hoverText.slice(0, 300))}`);
  assert.match(hoverText, new RegExp(HOVER_MESSAGE));
  await page.screenshot({ path: path.join(screenshots, 'hover.png') });
  t.end();

  t = phase('Problems panel', 'e2e');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: MISSPELLED }).first();
  await row.waitFor({ timeout: 20_000 });
  await settleAnimations(page);
  const rowText = (await row.innerText()).replace(/\s+/g, ' ');
  console.log(`[e2e] problem: ${JSON.stringify(rowText)}`);
  assert.match(rowText, /Did you mean 'Error_Timeout'/);
  await row.click(); // reveals the squiggled line in the editor above the panel
  await page.locator('.monaco-editor .view-line', { hasText: `case '${MISSPELLED}'` }).waitFor({ timeout: 10_000 });
  await settleAnimations(page);
  await page.screenshot({ path: path.join(screenshots, 'problems.png') });
  t.end();
}

async function main() {
  const total = phase('e2e in the browser', 'e2e');
  assert.ok(fs.existsSync(vsix), `${vsix} exists (npm run package)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-e2e-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const folder = path.join(tmp, 'workspace');
  // the .code-workspace file would raise an "open workspace?" notification over the screenshots
  fs.cpSync(path.join(__dirname, 'workspace'), folder, {
    recursive: true,
    filter: (f) => !f.endsWith('.code-workspace'),
  });
  fs.mkdirSync(screenshots, { recursive: true });
  writeUserSettings(userDataDir);

  let t = phase('install .vsix', 'e2e');
  installExtension(vsix, extensionsDir, userDataDir);
  assert.ok(
    fs.readdirSync(extensionsDir).some((d) => d.startsWith('status-codes.status-codes-')),
    'extension installed',
  );
  t.end();

  t = phase('start code-server', 'e2e');
  const server = await startCodeServer({ userDataDir, extensionsDir });
  t.end(server.url);
  let browser;
  try {
    browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
    browser.page.on('pageerror', (e) => console.log('[e2e] page error:', e.message));
    await run(browser.page, server.url, folder);
    total.end('PASS');
    return 0;
  } catch (e) {
    console.error('[e2e] FAIL:', e.message);
    fs.mkdirSync(failureDir, { recursive: true });
    await browser?.page.screenshot({ path: path.join(failureDir, 'failure.png') }).catch(() => {});
    console.error(`[e2e] screenshot: ${path.join(failureDir, 'failure.png')}`);
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
    console.error('[e2e]', e);
    process.exit(1);
  },
);
