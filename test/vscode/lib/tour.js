// Steps of the browser end-to-end test beyond hover and Problems (e2e-browser.js runs them): completion,
// Search codes, the language status item, the walkthrough, and the extension's activation time.
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { phase } = require('./code-server');
const { dismiss, languageStatusRow, openFile, runCommand, settleAnimations } = require('./workbench');

/** Completion after `err.code === 41`: the suggest widget offers codes with their messages. */
async function completion(page, shoot) {
  const t = phase('completion', 'e2e');
  await openFile(page, 'completion.ts', 'Completion fixture');
  await page.locator('.monaco-editor .view-line', { hasText: 'if (err.code ===' }).last().click();
  await page.keyboard.press('End');
  // TypeScript's own suggestions (globals) come first in an empty list; a typed digit leaves the codes
  await page.keyboard.type('41');
  const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: /\d{3}/ }).first();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.keyboard.press('Control+Space');
    try {
      await row.waitFor({ timeout: 4000 });
      break;
    } catch {
      const widgets = await page
        .locator('.suggest-widget')
        .evaluateAll((els) => els.map((e) => `${e.className}: ${e.innerText.slice(0, 200)}`));
      console.log(`[e2e] completion attempt ${attempt}: ${JSON.stringify(widgets)}`);
      await page.keyboard.press('Escape');
      if (attempt === 5) throw new Error('no code completion after err.code ===');
    }
  }
  await settleAnimations(page);
  const rows = await page.locator('.suggest-widget.visible .monaco-list-row').allInnerTexts();
  console.log(`[e2e] completion: ${JSON.stringify(rows.slice(0, 4).map((r) => r.replace(/\s+/g, ' ')))}`);
  await shoot(page, 'completion.png');
  await page.keyboard.press('Escape');
  t.end();
}

/** Search codes...: the quick pick finds codes by words of their message. */
async function searchCodes(page, shoot) {
  const t = phase('Search codes', 'e2e');
  await runCommand(page, 'Status Codes: Search codes...');
  const input = page.locator('.quick-input-widget input');
  await input.fill('token expired');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: /\d{5,}/ }).first();
  await row.waitFor({ timeout: 20_000 });
  await settleAnimations(page);
  const rows = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
  console.log(`[e2e] search "token expired": ${JSON.stringify(rows.slice(0, 3).map((r) => r.replace(/\s+/g, ' ')))}`);
  await shoot(page, 'search.png');
  await page.keyboard.press('Escape');
  t.end();
}

/** The first-run walkthrough: contributed, every step listed, every step's picture loads. */
async function walkthrough(page, shoot) {
  const t = phase('walkthrough', 'e2e');
  await runCommand(page, 'Welcome: Open Walkthrough...');
  const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Status Codes' }).first();
  await pick.waitFor({ timeout: 20_000 });
  await pick.click();
  const steps = page.locator('.gettingStartedContainer .getting-started-step');
  await steps.first().waitFor({ timeout: 20_000 });
  const titles = (await steps.locator('.step-title').allInnerTexts()).map((s) => s.trim());
  console.log(`[e2e] walkthrough steps: ${JSON.stringify(titles)}`);
  assert.ok(titles.length >= 4, 'the walkthrough lists its steps');
  const broken = [];
  for (let i = 0; i < titles.length; i++) {
    await steps.nth(i).locator('.step-title').click();
    const media = page.locator('.gettingStartedContainer .getting-started-media img').first();
    await media.waitFor({ timeout: 10_000 });
    await page.waitForFunction((img) => img.complete, await media.elementHandle(), { timeout: 10_000 });
    const loaded = await media.evaluate((img) => img.naturalWidth > 0);
    if (!loaded) broken.push(titles[i]);
    if (i === 0) {
      await settleAnimations(page);
      await shoot(page, 'walkthrough.png');
    }
  }
  assert.deepStrictEqual(broken, [], "every step's picture loads");
  // the first step's button opens a sample that is served like any file (an untitled document)
  await steps.first().locator('.step-title').click();
  await page
    .locator('.gettingStartedContainer .getting-started-step', { hasText: 'Hover a status code' })
    .locator('.button-link, a, button', { hasText: 'Open a sample file' })
    .first()
    .click();
  await page.locator('.monaco-editor .view-lines', { hasText: 'Status Codes sample' }).waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 });
  console.log('[e2e] walkthrough: Open a sample file opened the sample, and its misspelled code is underlined');
  t.end();
}

/** How long the extension's activation took, as Developer: Show Running Extensions reports it. */
async function activationTime(page, shoot) {
  const t = phase('activation time (Show Running Extensions)', 'e2e');
  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Status Codes' }).first();
  await row.waitFor({ timeout: 30_000 });
  const rows = await page.locator('.runtime-extensions-editor .monaco-list-row').allInnerTexts();
  for (const text of rows) console.log(`[e2e] running extension: ${text.replace(/\s+/g, ' ')}`);
  await shoot(page, 'running-extensions.png');
  await page.keyboard.press('Control+W');
  t.end();
}

/**
 * The language status item with a user catalogue that has a problem: its row says so without being
 * cut off, and its "Show output" link stays inside the hover.
 */
async function statusItemWithBrokenCatalogue(page, shoot, folder) {
  const t = phase('language status item, broken user catalogue', 'e2e');
  const catalogue = path.join(folder, 'team.codes.json');
  const good = fs.readFileSync(catalogue, 'utf8');
  const broken = JSON.parse(good);
  delete broken.entries[1].message; // a schema error: the last good version keeps serving
  fs.writeFileSync(catalogue, JSON.stringify(broken, null, 2));
  try {
    await openFile(page, 'sample.ts', 'Error_Timout');
    const row = await languageStatusRow(page, /problem/);
    console.log(`[e2e] language status: ${JSON.stringify(row)}`);
    await shoot(page, 'status-item.png');
    assert.match(row.text, /team\.codes\.json/, 'the row names the broken file');
    assert.strictEqual(row.textCut, false, 'the row is not cut off');
    assert.strictEqual(row.linkVisible, true, 'its command link is inside the hover');
  } finally {
    fs.writeFileSync(catalogue, good);
    await dismiss(page);
  }
  t.end();
}

module.exports = { activationTime, completion, searchCodes, statusItemWithBrokenCatalogue, walkthrough };
