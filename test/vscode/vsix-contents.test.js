// Checks the packaged status-codes.vsix (run after `npm run package`): only the allowlisted files
// (.vscodeignore), everything the manifest points at, and a size bound.
// The .vsix is a zip: its central directory is read here directly, so no unzip tool is needed.
'use strict';
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { test } = require('node:test');
const zlib = require('node:zlib');

const repo = path.resolve(__dirname, '../..');
const vsixPath = process.env.VSIX || path.join(repo, 'status-codes.vsix');
const MAX_VSIX_BYTES = Number(process.env.MAX_VSIX_BYTES || 2 * 1024 * 1024);

/** Entries of a zip file: name, sizes, and where the local header is (to read a file back). */
function zipEntries(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'zip end-of-central-directory record found');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.strictEqual(buf.readUInt32LE(at), 0x02014b50, 'central directory entry signature');
    const nameLength = buf.readUInt16LE(at + 28),
      extraLength = buf.readUInt16LE(at + 30),
      commentLength = buf.readUInt16LE(at + 32);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localHeader: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readEntry(buf, entry) {
  const start =
    entry.localHeader + 30 + buf.readUInt16LE(entry.localHeader + 26) + buf.readUInt16LE(entry.localHeader + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? zlib.inflateRawSync(data) : data;
}

const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/LICENSE(\.txt)?$/,
  /^extension\/images\/icon\.png$/,
  /^extension\/docs\/images\/[\w-]+\.png$/, // the walkthrough's pictures
  /^extension\/dist\/(extension|server)\.js(\.map)?$/,
  /^extension\/dist\/web\/(extension|server)\.js$/,
  /^extension\/data\/[\w.-]+\.json$/,
  /^extension\/package\.nls(\.zh-cn)?\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.zh-cn)?\.json$/,
];

const buf = fs.readFileSync(vsixPath);
const entries = zipEntries(buf);
const names = entries.map((e) => e.name);

test('the .vsix holds only allowlisted files', () => {
  assert.deepStrictEqual(
    names.filter((n) => !ALLOWED.some((re) => re.test(n))),
    [],
  );
});

test('the .vsix holds the bundles, the built-in catalogues and the docs', () => {
  for (const required of [
    'extension/package.json',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/data/catalogue.schema.json',
    'extension/data/commsease-im.json',
    'extension/data/zegocloud-zim.json',
    'extension/data/zegocloud-zim-sdk.json',
    'extension/readme.md',
    'extension/changelog.md',
    'extension/images/icon.png',
    'extension/package.nls.json',
    'extension/package.nls.zh-cn.json',
    'extension/l10n/bundle.l10n.json',
    'extension/l10n/bundle.l10n.zh-cn.json',
  ]) {
    assert.ok(
      names.some((n) => n.toLowerCase() === required.toLowerCase()),
      `${required} is packaged`,
    );
  }
  assert.ok(
    names.some((n) => /^extension\/LICENSE/.test(n)),
    'LICENSE is packaged',
  );
});

test('every file the packaged package.json points at is in the .vsix', () => {
  const manifest = JSON.parse(
    readEntry(
      buf,
      entries.find((e) => e.name === 'extension/package.json'),
    ).toString('utf8'),
  );
  const walkthroughMedia = (manifest.contributes?.walkthroughs ?? []).flatMap((w) =>
    w.steps.flatMap((step) => [step.media?.image, step.media?.markdown, step.media?.svg].filter(Boolean)),
  );
  const referenced = [
    manifest.main,
    manifest.browser,
    manifest.icon,
    ...(manifest.contributes?.jsonValidation ?? []).map((v) => v.url),
    ...walkthroughMedia,
  ];
  for (const ref of referenced.filter(Boolean)) {
    const name = `extension/${path.posix.normalize(ref).replace(/^\.\//, '')}`;
    assert.ok(names.includes(name), `${ref} (from package.json) is packaged`);
  }
});

test('the first-run walkthrough is contributed, each step with a picture, and its commands exist', () => {
  const manifest = JSON.parse(
    readEntry(
      buf,
      entries.find((e) => e.name === 'extension/package.json'),
    ).toString('utf8'),
  );
  const walkthroughs = manifest.contributes?.walkthroughs ?? [];
  assert.strictEqual(walkthroughs.length, 1, 'one walkthrough');
  const commands = new Set(manifest.contributes.commands.map((c) => c.command));
  for (const step of walkthroughs[0].steps) {
    assert.ok(step.media?.image && step.media.altText, `${step.id} has a picture with alt text`);
    assert.ok(names.includes(`extension/${step.media.image}`), `${step.media.image} (${step.id}) is packaged`);
    for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g))
      assert.ok(commands.has(command) || command.startsWith('workbench.'), `${step.id}: ${command} is contributed`);
  }
});

test('the shipped bundles link their source maps, which are packaged', () => {
  for (const bundle of ['extension.js', 'server.js']) {
    const text = readEntry(
      buf,
      entries.find((e) => e.name === `extension/dist/${bundle}`),
    ).toString('utf8');
    assert.match(text.trimEnd().split('\n').pop(), new RegExp(`^//# sourceMappingURL=${bundle}\\.map$`), bundle);
    const map = JSON.parse(
      readEntry(
        buf,
        entries.find((e) => e.name === `extension/dist/${bundle}.map`),
      ).toString('utf8'),
    );
    assert.ok(
      map.sources.some((s) => /(client|server)\/src\//.test(s)),
      `${bundle}.map names our source files`,
    );
  }
});

/** Heading ids as the Extensions view makes them (VS Code's markdown renderer: lower case, punctuation dropped). */
const slug = (text) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\u0000-\u001f!-,./:-@[-^`{-~]/g, '')
    .replace(/\s/g, '-');

/** Links and pictures of the packaged README's prose (code blocks and code spans are not links). */
function readmeTargets(markdown) {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
  const targets = [];
  for (const m of prose.matchAll(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g))
    targets.push({ image: m[1] === '!', label: m[2], href: m[3] });
  for (const m of prose.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)) targets.push({ image: true, href: m[1] });
  for (const m of prose.matchAll(/<a\b[^>]*\bhref=["']([^"']+)["']/gi)) targets.push({ image: false, href: m[1] });
  return targets;
}

test('every link and picture of the packaged README resolves in the Extensions view', () => {
  // The view renders the README in a webview with no base URL that loads pictures only from https: and
  // data: (so a relative path never resolves, packaged or not): pictures must be inlined, links must be
  // external or anchors of the README's own headings.
  const readme = readEntry(
    buf,
    entries.find((e) => e.name.toLowerCase() === 'extension/readme.md'),
  ).toString('utf8');
  const headings = new Set(
    [...readme.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])),
  );
  const targets = readmeTargets(readme);
  assert.ok(
    targets.some((t) => t.image),
    'the README shows a picture',
  );
  const broken = [];
  for (const t of targets) {
    if (t.image) {
      const png = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(t.href);
      const bytes = png ? Buffer.from(png[1], 'base64') : Buffer.alloc(0);
      if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        broken.push(`picture ${t.label ?? ''} -> ${t.href.slice(0, 60)}`);
    } else if (t.href.startsWith('#')) {
      if (!headings.has(decodeURIComponent(t.href.slice(1)))) broken.push(`anchor ${t.href} has no heading`);
    } else if (!/^(https:|mailto:)/.test(t.href)) {
      broken.push(`link ${t.label ?? ''} -> ${t.href}`);
    }
  }
  assert.deepStrictEqual(broken, []);
  assert.doesNotMatch(readme, /not in the package/, 'the contributor parts are left out');
});

test("the catalogue template's pointer to the documentation is a heading of the packaged README", () => {
  const template = fs.readFileSync(path.join(repo, 'client/src/commands/catalogueTemplate.ts'), 'utf8');
  const heading = /CATALOGUE_DOCS_HEADING = '([^']+)'/.exec(template)?.[1];
  assert.ok(heading, 'catalogueTemplate.ts names the heading');
  const readme = readEntry(
    buf,
    entries.find((e) => e.name.toLowerCase() === 'extension/readme.md'),
  ).toString('utf8');
  assert.match(readme, new RegExp(`^#{1,3} ${heading}$`, 'm'), `"${heading}" is a heading of the packaged README`);
});

test(`the .vsix is smaller than ${MAX_VSIX_BYTES} bytes`, () => {
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  console.log(`# ${path.basename(vsixPath)}: ${buf.length} bytes, ${entries.length} files, ${unpacked} bytes unpacked`);
  assert.ok(buf.length < MAX_VSIX_BYTES, `${buf.length} bytes`);
});
