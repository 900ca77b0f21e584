// Driving code-server's workbench from playwright: hovers, the suggest widget, the Extensions view.
'use strict';

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

/** Opens a file of the workspace from the Explorer and waits until the editor shows `expected`. */
async function openFile(page, name, expected) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.monaco-editor .view-lines', { hasText: expected }).waitFor({ timeout: 30_000 });
}

/** The token `token` on the editor's visible lines; `line` (text of its line) picks one of several. */
function tokenLocator(page, token, line) {
  const lines = line
    ? page.locator('.monaco-editor .view-lines .view-line', { hasText: line })
    : page.locator('.monaco-editor .view-lines .view-line');
  return lines.locator('span span', { hasText: new RegExp(`^${token}$`) }).first();
}

/** Hovers the token until a hover containing `expected` shows (a hover needs the mouse to arrive). */
async function hoverToken(page, token, expected, line) {
  const target = tokenLocator(page, token, line);
  const hover = page.locator('.monaco-hover:visible', { hasText: expected }).first();
  for (let attempt = 1; attempt <= 8; attempt++) {
    // while the editor re-renders the line the token is detached or has no box: try again
    const box = await target
      .scrollIntoViewIfNeeded({ timeout: 5000 })
      .then(() => target.boundingBox())
      .catch(() => null);
    if (!box) {
      await page.waitForTimeout(500);
      continue;
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height + 60); // away, then back
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.waitFor({ timeout: 3000 });
      await settleAnimations(page); // the hover fades in: a screenshot taken now would be half transparent
      return hover;
    } catch {
      /* the server may still be starting: try again */
    }
  }
  throw new Error(`no hover containing "${expected}" on ${token}`);
}

/**
 * What the first screen of a hover shows: the box's visible height, the height of its whole content,
 * where the meaning (header, message, summary: the paragraphs before the first section heading) ends,
 * and whether the "What to do" heading and its first remedy are inside the box without scrolling.
 */
async function measureHover(hover) {
  return hover.evaluate((el) => {
    const SECTIONS = ['What to do', 'Causes', 'Server messages', 'Sources disagree'];
    const scroller = el.querySelector('.monaco-scrollable-element') ?? el;
    const content = el.querySelector('.monaco-hover-content') ?? el;
    const boxPx = scroller.getBoundingClientRect().height;
    const top = content.getBoundingClientRect().top;
    const bottomOf = (node) => Math.round(node.getBoundingClientRect().bottom - top);
    const paragraphs = [...content.querySelectorAll('p')];
    const firstSection = paragraphs.findIndex((p) => SECTIONS.some((s) => p.textContent.startsWith(s)));
    const meaning = paragraphs.slice(0, firstSection < 0 ? 3 : firstSection);
    const heading = [...content.querySelectorAll('strong')].find((s) => s.textContent === 'What to do');
    const firstRemedy = heading?.closest('p')?.nextElementSibling?.querySelector('li') ?? null;
    const meaningPx = meaning.length ? bottomOf(meaning[meaning.length - 1]) : 0;
    return {
      boxPx: Math.round(boxPx),
      contentPx: Math.round(content.scrollHeight),
      meaningPx,
      meaningInFirstScreen: meaning.length > 0 && meaningPx <= boxPx,
      hasWhatToDo: Boolean(firstRemedy),
      firstRemedyPx: firstRemedy ? bottomOf(firstRemedy) : undefined,
      whatToDoInFirstScreen: Boolean(firstRemedy) && bottomOf(firstRemedy) <= boxPx,
    };
  });
}

/** Moves the mouse away and closes hovers and widgets. */
async function dismiss(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

/** Runs a command from the command palette by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
}

/**
 * Opens the extension's page (Extensions view > the installed extension > Details) and returns the
 * frame the README is rendered in.
 */
async function openExtensionPage(page, displayName) {
  await runCommand(page, 'Extensions: Show Enabled Extensions');
  const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: displayName }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await page.locator('.extension-editor .header .name', { hasText: displayName }).waitFor({ timeout: 30_000 });
  const readme = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await readme.locator('body h1, body h2').first().waitFor({ timeout: 30_000 });
  return readme;
}

/**
 * Opens the language status hover (the `{}` in the status bar) and measures the row whose text matches
 * `pattern`: whether its text and detail are cut off, and whether its command link is inside the hover.
 */
async function languageStatusRow(page, pattern) {
  const entry = page.locator('[id="status.languageStatus"]');
  await entry.waitFor({ timeout: 30_000 });
  const row = page.locator('.hover-language-status', { hasText: pattern }).first();
  for (let attempt = 1; attempt <= 8; attempt++) {
    await page.mouse.move(5, 5);
    await entry.hover();
    try {
      await row.waitFor({ timeout: 3000 });
      break;
    } catch {
      if (attempt === 8) throw new Error(`no language status row matching ${pattern}`);
    }
  }
  await settleAnimations(page);
  return row.evaluate((el) => {
    const hover = el.closest('.monaco-hover') ?? el.parentElement;
    const box = hover.getBoundingClientRect();
    const left = el.querySelector('.left');
    const link = el.querySelector('.right .monaco-link');
    const cut = (node) => Boolean(node) && node.scrollWidth > node.clientWidth + 1;
    const r = link?.getBoundingClientRect();
    return {
      text: left?.innerText.replace(/\s+/g, ' ').trim() ?? '',
      link: link?.innerText.trim() ?? '',
      linkTitle: link?.getAttribute('title') ?? link?.getAttribute('aria-label') ?? '',
      // cut off by the row (ellipsis) or by the hover's edge
      textCut:
        cut(left) ||
        [...(left?.children ?? [])].some(cut) ||
        (left?.getBoundingClientRect().right ?? 0) > box.right + 1,
      linkVisible: Boolean(r) && r.width > 0 && r.left >= box.left && r.right <= box.right + 1,
      hoverPx: Math.round(box.width),
    };
  });
}

module.exports = {
  languageStatusRow,
  settleAnimations,
  openFile,
  hoverToken,
  measureHover,
  dismiss,
  runCommand,
  openExtensionPage,
};
