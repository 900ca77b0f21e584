// End-to-end test of the packaged extension, the way a user meets it: install status-codes.vsix into a
// fresh code-server, open a copy of the fixture workspace in headless chromium, hover codes (and
// measure the first screen of the longest hovers), open the Problems panel, and open the extension's
// page in the Extensions view (its README's pictures must load).
// Screenshots go to test-results/screenshots/ (ignored by git); UPDATE_SCREENSHOTS=1 also copies the
// README's pictures to docs/images/. On failure: test-results/screenshots/failure.png.
// usage: node test/vscode/e2e-browser.js   (after `npm run package` and scripts/provision-vscode.sh)
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { installExtension, launchBrowser, phase, startCodeServer, writeUserSettings } = require('./lib/code-server');
const { dismiss, hoverToken, measureHover, openExtensionPage, openFile, settleAnimations } = require('./lib/workbench');
const tour = require('./lib/tour');

const repo = path.resolve(__dirname, '../..');
const vsix = process.env.VSIX || path.join(repo, 'status-codes.vsix');
const screenshots = path.join(repo, 'test-results', 'screenshots');
/** Pictures of the README and the walkthrough: refreshed only on request. */
const DOCS_PICTURES = ['hover.png', 'problems.png', 'completion.png', 'search.png', 'status-item.png'];
const HOVER_CODE = '414';
const HOVER_MESSAGE = 'Parameter error';
const MISSPELLED = 'Error_Timout';

/** The five longest hovers of the built-in catalogues (issue 14 item 4), each in a code context. */
const LONG_HOVERS = [
  { code: '414', provider: 'CommsEase', line: 'err.code === 414' },
  { code: '403', provider: 'CommsEase', line: 'err.code === 403' },
  { code: '6000286', provider: 'ZIM', line: 'err.code === 6000286' },
  { code: '6000811', provider: 'ZIM', line: 'err.code === 6000811' },
  { code: '6000273', provider: 'ZIM', line: 'err.code === 6000273' },
];
const LONG_HOVERS_FILE = [
  '// The longest hovers of the built-in catalogues (written by e2e-browser.js into its copy of the workspace).',
  'declare const err: { code: number };',
  ...LONG_HOVERS.map((h) => `if (${h.line}) console.log(${JSON.stringify(h.provider)});`),
  '',
].join('\n');

/** A screenshot into the ignored folder. */
const shoot = (page, name) => page.screenshot({ path: path.join(screenshots, name) });

async function openWorkbench(page, serverUrl, folder) {
  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
}

async function hoverAndProblems(page) {
  let t = phase('open sample.ts', 'e2e');
  await openFile(page, 'sample.ts', MISSPELLED);
  t.end();
  t = phase('diagnostics squiggle', 'e2e');
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
  t.end();

  t = phase(`hover on ${HOVER_CODE}`, 'e2e');
  const hover = await hoverToken(page, HOVER_CODE, HOVER_MESSAGE);
  const hoverText = (await hover.innerText()).trim();
  console.log(`[e2e] hover: ${JSON.stringify(hoverText.slice(0, 300))}`);
  assert.match(hoverText, new RegExp(HOVER_MESSAGE));
  await shoot(page, 'hover.png');
  t.end();

  t = phase('Problems panel', 'e2e');
  await dismiss(page);
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
  await shoot(page, 'problems.png');
  await page.keyboard.press('Control+J'); // close the panel again: the hovers below get the whole editor
  t.end();
}

/** Records the first screen of each long hover; fails when the remedy is not in it. */
async function firstScreenOfLongHovers(page) {
  const t = phase('first screen of the five longest hovers', 'e2e');
  await openFile(page, 'long-hovers.ts', 'longest hovers');
  const rows = [];
  for (const h of LONG_HOVERS) {
    await dismiss(page);
    const hover = await hoverToken(page, h.code, h.code, h.line);
    const m = await measureHover(hover);
    rows.push({ code: h.code, ...m });
    console.log(
      `[e2e] hover ${h.code}: box ${m.boxPx} px, content ${m.contentPx} px; meaning ends at ${m.meaningPx} px ` +
        `(${m.meaningInFirstScreen ? 'in' : 'NOT in'} the first screen); ` +
        (m.hasWhatToDo
          ? `"What to do" with its first remedy ends at ${m.firstRemedyPx} px (${m.whatToDoInFirstScreen ? 'in' : 'NOT in'} the first screen)`
          : 'no "What to do" (the catalogue entry has no remedies)'),
    );
    if (h.code === '414') await shoot(page, 'hover-414-first-screen.png');
  }
  await dismiss(page);
  t.end();
  const cut = rows.filter((r) => !r.meaningInFirstScreen || (r.hasWhatToDo && !r.whatToDoInFirstScreen));
  assert.deepStrictEqual(
    cut.map((r) => r.code),
    [],
    'the meaning and, where the entry has remedies, the first one show without scrolling',
  );
}

/** The extension's page as the Extensions view shows it: every picture of the README loads. */
async function extensionPage(page) {
  const t = phase('extension page (Extensions view)', 'e2e');
  const readme = await openExtensionPage(page, 'Status Codes');
  const images = await readme
    .locator('img')
    .evaluateAll((imgs) =>
      imgs.map((img) => ({ alt: img.alt, loaded: img.complete && img.naturalWidth > 0, src: img.src.slice(0, 60) })),
    );
  console.log(`[e2e] README pictures on the extension page: ${JSON.stringify(images)}`);
  await settleAnimations(page);
  await shoot(page, 'extension-page.png');
  assert.ok(images.length >= 1, 'the README shows a picture');
  assert.deepStrictEqual(
    images.filter((i) => !i.loaded).map((i) => i.alt),
    [],
    'every README picture loads',
  );
  t.end();
}

function updateReadmePictures() {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  for (const name of DOCS_PICTURES)
    fs.copyFileSync(path.join(screenshots, name), path.join(repo, 'docs', 'images', name));
  console.log(`[e2e] UPDATE_SCREENSHOTS=1: docs/images/{${DOCS_PICTURES.join(',')}} updated`);
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
  fs.writeFileSync(path.join(folder, 'long-hovers.ts'), LONG_HOVERS_FILE);
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
    t = phase('open workbench', 'e2e');
    await openWorkbench(browser.page, server.url, folder);
    t.end();
    await hoverAndProblems(browser.page);
    await tour.activationTime(browser.page, shoot);
    await firstScreenOfLongHovers(browser.page);
    await tour.completion(browser.page, shoot);
    await tour.searchCodes(browser.page, shoot);
    await tour.statusItemWithBrokenCatalogue(browser.page, shoot, folder);
    await tour.walkthrough(browser.page, shoot);
    await extensionPage(browser.page);
    updateReadmePictures();
    console.log(`[e2e] screenshots: ${screenshots}`);
    total.end('PASS');
    return 0;
  } catch (e) {
    console.error('[e2e] FAIL:', e.message);
    await browser?.page.screenshot({ path: path.join(screenshots, 'failure.png') }).catch(() => {});
    console.error(`[e2e] screenshot: ${path.join(screenshots, 'failure.png')}`);
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
