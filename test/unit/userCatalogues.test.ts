// User catalogues: merge and override, broken files keep the last good version,
// workspace trust, paths outside the folder, multi-root folders, inert catalogue text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { resolveCataloguePath } from '../../server/src/lsp/cataloguePaths';
import { UserCatalogues } from '../../server/src/lsp/userCatalogues';
import { createLanguageService } from '../../server/src/service/languageService';
import { readSettings } from '../../server/src/service/settings/settings';
import { builtInStore, withCursor } from '../support/service';

const ACME = {
  provider: 'acme',
  name: 'ACME order service',
  entries: [{ code: 40001, name: 'ORDER_NOT_FOUND', message: 'Order not found' }],
};
const OVERRIDE_414 = {
  provider: 'commsease-im',
  name: 'NetEase CommsEase IM',
  entries: [{ code: 414, name: 'PARAMETER_ERROR', message: 'Our gateway rejected the parameters' }],
};

/** A temporary workspace and UserCatalogues over the real built-in catalogues, recording what it tells the server. */
class Workspace {
  readonly root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'status-codes-user-')));
  readonly store = builtInStore();
  readonly service = createLanguageService({ store: this.store });
  readonly settings = new Map<string, unknown>();
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly open = new Map<string, string>();
  readonly logs: string[] = [];
  readonly notices: string[] = [];
  refreshes = 0;
  readonly catalogues: UserCatalogues;

  constructor(options: { trusted?: boolean; allowOutsidePaths?: boolean; folders?: string[] } = {}) {
    this.catalogues = new UserCatalogues(
      {
        store: this.store,
        settingsFor: async (uri) => {
          const folder = this.catalogues.folders.folderFor(uri);
          return readSettings(folder ? this.settings.get(folder.name) : undefined);
        },
        openText: (uri) => this.open.get(uri),
        publishDiagnostics: (uri, d) => this.diagnostics.set(uri, d),
        log: (m) => this.logs.push(m),
        notify: (m) => this.notices.push(m),
        refresh: () => {
          this.refreshes++;
          this.catalogues.invalidate();
        },
      },
      { trusted: options.trusted ?? true, allowOutsidePaths: options.allowOutsidePaths ?? false },
    );
    const folders = options.folders ?? ['app'];
    for (const f of folders) fs.mkdirSync(path.join(this.root, f), { recursive: true });
    this.catalogues.folders.set(folders.map((f) => ({ uri: this.uri(f), name: path.basename(f) })));
  }

  uri(relative: string): string {
    return pathToFileURL(path.join(this.root, relative)).toString();
  }
  write(relative: string, content: unknown): string {
    const file = path.join(this.root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return this.uri(relative);
  }
  configure(folder: string, catalogues: string[]): void {
    this.settings.set(folder, { catalogues });
    this.catalogues.invalidate();
  }

  /** The hover markdown at the cursor marker of a TypeScript snippet in `file`. */
  async hover(file: string, snippet: string): Promise<string | undefined> {
    const { text, position } = withCursor(snippet);
    const uri = this.uri(file);
    this.service.documentClosed(uri); // each call is a new text for the same file
    const index = this.service.getCatalogueIndex(readSettings({}), await this.catalogues.forDocument(uri));
    const document = TextDocument.create(uri, 'typescript', 1, text);
    const hover = this.service.doHover(document, position, this.service.doAnalysis(document, index));
    return hover ? (hover.contents as { value: string }).value : undefined;
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

let ws: Workspace;
beforeEach(() => {
  ws = new Workspace();
});
afterEach(() => ws.dispose());

test('a user catalogue adds codes and overrides a built-in entry code by code', async () => {
  ws.write('app/acme.codes.json', ACME);
  ws.write('app/overrides.codes.jsonc', `// ours\n${JSON.stringify(OVERRIDE_414)}`);
  ws.configure('app', ['acme.codes.json', 'overrides.codes.jsonc']);
  const added = await ws.hover('app/a.ts', 'if (err.code === 4000|1) {}');
  assert.match(added!, /Order not found/);
  assert.match(added!, /Your catalogue/);
  const overridden = await ws.hover('app/a.ts', 'if (err.code === 41|4) {}');
  assert.match(overridden!, /Our gateway rejected the parameters/);
  assert.match(overridden!, /overrides the built-in entry/);
  assert.doesNotMatch(overridden!, /Parameter error/);
  const untouched = await ws.hover('app/a.ts', 'if (err.code === 41|6) {}');
  assert.match(untouched!, /Frequency limit reached/);
  assert.deepEqual(ws.diagnostics.get(ws.uri('app/acme.codes.json')), []);
});

test('a broken catalogue keeps its last good version, is reported once at the right place, and recovers', async () => {
  const uri = ws.write('app/acme.codes.json', ACME);
  ws.configure('app', ['acme.codes.json']);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
  const logsBefore = ws.logs.length;

  const badLine = '    { "code": 40001, "name": "ORDER_NOT_FOUND", "message": "Order not found", "colour": "red" }';
  ws.write('app/acme.codes.json', `{\n  "provider": "acme",\n  "name": "ACME",\n  "entries": [\n${badLine}\n  ]\n}`);
  await ws.catalogues.reload(uri);
  const [problem] = ws.diagnostics.get(uri)!;
  assert.match(problem!.message as string, /Unknown property "colour"/);
  assert.deepEqual(problem!.range.start, { line: 4, character: badLine.indexOf('"colour"') });
  assert.equal(ws.logs.length, logsBefore + 1, ws.logs.join('\n'));
  assert.match(ws.logs.at(-1)!, /1 problem \(line 5: Unknown property "colour".*last good version keeps serving/);
  assert.equal(ws.catalogues.state(uri)!.servingLastGood, true);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/, 'last good version serves');

  ws.write('app/acme.codes.json', { ...ACME, entries: [{ ...ACME.entries[0], message: 'Order archived' }] });
  await ws.catalogues.reload(uri);
  assert.deepEqual(ws.diagnostics.get(uri), []);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order archived/);
});

test('one broken catalogue does not affect the others', async () => {
  ws.write('app/acme.codes.json', ACME);
  const broken = ws.write('app/broken.codes.json', '{ "provider": "x", ');
  ws.configure('app', ['broken.codes.json', 'acme.codes.json']);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
  assert.equal(ws.diagnostics.get(broken)!.length > 0, true);
  assert.match(ws.logs.join('\n'), /broken\.codes\.json has \d+ problems? .*not used until it is fixed/);
});

test('deleting a catalogue stops its codes; creating it again brings them back', async () => {
  const uri = ws.write('app/acme.codes.json', ACME);
  ws.configure('app', ['acme.codes.json']);
  assert.ok(await ws.hover('app/a.ts', 'if (code === 4000|1) {}'));
  fs.rmSync(path.join(ws.root, 'app/acme.codes.json'));
  await ws.catalogues.reload(uri);
  assert.equal(await ws.hover('app/a.ts', 'if (code === 4000|1) {}'), undefined);
  ws.write('app/acme.codes.json', ACME);
  await ws.catalogues.reload(uri);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
  assert.equal(ws.refreshes, 2);
});

test('the text of an open catalogue document wins over the file on disk', async () => {
  const uri = ws.write('app/acme.codes.json', ACME);
  ws.configure('app', ['acme.codes.json']);
  await ws.catalogues.forDocument(ws.uri('app/a.ts'));
  ws.open.set(uri, JSON.stringify({ ...ACME, entries: [{ ...ACME.entries[0], message: 'Typed, not saved' }] }));
  await ws.catalogues.reload(uri);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Typed, not saved/);
});

test('in an untrusted workspace statusCodes.catalogues is ignored with one notice until trust is granted', async () => {
  ws.dispose();
  ws = new Workspace({ trusted: false });
  ws.write('app/acme.codes.json', ACME);
  ws.configure('app', ['acme.codes.json']);
  assert.deepEqual(await ws.catalogues.forDocument(ws.uri('app/a.ts')), []);
  assert.deepEqual(await ws.catalogues.forDocument(ws.uri('app/b.ts')), []);
  assert.equal(await ws.hover('app/a.ts', 'if (code === 4000|1) {}'), undefined);
  assert.equal(ws.notices.length, 1);
  assert.match(ws.notices[0]!, /not trusted.*statusCodes\.catalogues.*ignored/);
  ws.catalogues.setTrusted(true);
  assert.equal(ws.refreshes, 1);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
});

test('an untrusted workspace without catalogues gets no notice', async () => {
  ws.dispose();
  ws = new Workspace({ trusted: false });
  assert.deepEqual(await ws.catalogues.forDocument(ws.uri('app/a.ts')), []);
  assert.deepEqual(ws.notices, []);
});

const OUTSIDE: readonly { entry: (root: string) => string; refused: boolean }[] = [
  { entry: () => 'acme.codes.json', refused: false },
  { entry: () => 'sub/../acme.codes.json', refused: false },
  { entry: (root) => path.join(root, 'app', 'acme.codes.json'), refused: false }, // absolute but inside
  { entry: () => '../shared/acme.codes.json', refused: true },
  { entry: (root) => path.join(root, 'shared', 'acme.codes.json'), refused: true },
  { entry: () => 'link/acme.codes.json', refused: true }, // a symbolic link that leads out of the folder
  { entry: () => '', refused: true },
];

for (const c of OUTSIDE) {
  test(`catalogue path ${JSON.stringify(c.entry('<root>'))} is ${c.refused ? 'refused unless allowed in user settings' : 'accepted'}`, () => {
    fs.mkdirSync(path.join(ws.root, 'shared'));
    fs.symlinkSync(path.join(ws.root, 'shared'), path.join(ws.root, 'app', 'link'));
    const folder = path.join(ws.root, 'app');
    const strict = resolveCataloguePath(folder, c.entry(ws.root), false);
    assert.equal(strict.ok, !c.refused);
    if (!strict.ok)
      assert.match(
        strict.message,
        c.entry(ws.root) ? /outside the workspace folder.*allowAbsoluteCataloguePaths/ : /empty/,
      );
    if (c.entry(ws.root)) assert.equal(resolveCataloguePath(folder, c.entry(ws.root), true).ok, true);
  });
}

test('a refused path is reported once and loads when the user allows outside paths', async () => {
  ws.write('shared/acme.codes.json', ACME);
  ws.configure('app', ['../shared/acme.codes.json']);
  assert.deepEqual(await ws.catalogues.forDocument(ws.uri('app/a.ts')), []);
  ws.catalogues.invalidate();
  assert.deepEqual(await ws.catalogues.forDocument(ws.uri('app/a.ts')), []);
  assert.equal(ws.notices.length, 1);
  assert.match(ws.logs.join('\n'), /"\.\.\/shared\/acme\.codes\.json" is outside the workspace folder/);
  ws.catalogues.setAllowOutsidePaths(true);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
});

test("multi-root: each folder uses its own catalogues, nested folders the innermost one's", async () => {
  ws.dispose();
  ws = new Workspace({ folders: ['app', 'backend', 'app/nested'] });
  ws.write('app/acme.codes.json', ACME);
  ws.write('backend/override.codes.json', OVERRIDE_414);
  ws.configure('app', ['acme.codes.json']);
  ws.configure('backend', ['override.codes.json']);
  assert.match((await ws.hover('app/src/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
  assert.equal(await ws.hover('backend/b.ts', 'if (code === 4000|1) {}'), undefined);
  assert.equal(await ws.hover('app/nested/c.ts', 'if (code === 4000|1) {}'), undefined);
  assert.match((await ws.hover('backend/b.ts', 'if (code === 41|4) {}'))!, /Our gateway rejected/);
  assert.match((await ws.hover('app/a.ts', 'if (code === 41|4) {}'))!, /Parameter error/);
  assert.deepEqual(
    await ws.catalogues.forDocument(pathToFileURL(path.join(os.tmpdir(), 'elsewhere.ts')).toString()),
    [],
  );
});

const HOSTILE: readonly { field: string; value: string; forbidden: RegExp }[] = [
  // An unescaped `](` would make a link; an unescaped `**` emphasis.
  { field: 'message', value: '[run](command:workbench.action.quit)', forbidden: /(?<!\\)\]\(command:/ },
  { field: 'message', value: '<img src=x onerror=alert(1)>', forbidden: /<img/ },
  {
    field: 'summary',
    value: '[docs](javascript:alert(1)) **bold** `tick`',
    forbidden: /(?<!\\)\]\(javascript:|(?<!\\)\*\*bold/,
  },
  { field: 'doc', value: 'file:///etc/passwd', forbidden: /\]\(file:/ },
];

for (const c of HOSTILE) {
  test(`catalogue ${c.field} ${JSON.stringify(c.value)} renders inert in the hover`, async () => {
    const entry = { code: 40001, name: 'ORDER_NOT_FOUND', message: 'Order not found', [c.field]: c.value };
    ws.write('app/hostile.codes.json', { provider: 'acme', name: 'ACME', entries: [entry] });
    ws.configure('app', ['hostile.codes.json']);
    const markdown = await ws.hover('app/a.ts', 'if (code === 4000|1) {}');
    assert.ok(
      markdown,
      `hover shown (problems: ${JSON.stringify(ws.diagnostics.get(ws.uri('app/hostile.codes.json')))})`,
    );
    assert.doesNotMatch(markdown, c.forbidden);
  });
}

test('1,000 catalogue files are resolved and read once each, and the watcher is told once', async () => {
  const entries: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const code = 950_000_000 + i;
    ws.write(`app/codes/t${i % 4}/c${i}.codes.json`, {
      provider: `team-${i}`,
      name: 'Team',
      entries: [{ code, name: `TEAM_${i}`, message: `Team code ${i}` }],
    });
    entries.push(`codes/t${i % 4}/c${i}.codes.json`);
  }
  const watched: number[] = [];
  ws.catalogues.onWatchedFilesChanged = (files) => watched.push(files.length);
  let reads = 0;
  const setUser = ws.store.setUser.bind(ws.store);
  ws.store.setUser = (uri, text) => {
    reads++;
    return setUser(uri, text);
  };
  ws.configure('app', [...entries, entries[0]!]);
  const [a, b] = await Promise.all([
    ws.catalogues.forDocument(ws.uri('app/a.ts')),
    ws.catalogues.forDocument(ws.uri('app/b.ts')),
  ]);
  assert.equal(a.length, 1000, 'a file named twice counts once');
  assert.equal(b, a, 'one resolution per folder');
  assert.equal(reads, 1000);
  assert.deepEqual(watched, [1000], 'the watcher hears once, with every file');
  assert.match((await ws.hover('app/a.ts', 'if (code === 95000099|9) {}'))!, /Team code 999/);
  // A refresh resolves the setting again: no file is read again, the watcher hears nothing new.
  ws.catalogues.invalidate();
  await ws.catalogues.forDocument(ws.uri('app/a.ts'));
  assert.equal(reads, 1000);
  assert.deepEqual(watched, [1000]);
});

test('a refresh with the same setting reuses its resolution; a changed setting resolves again', async () => {
  ws.write('app/acme.codes.json', ACME);
  ws.write('app/override.codes.json', OVERRIDE_414);
  ws.configure('app', ['acme.codes.json']);
  const first = await ws.catalogues.forDocument(ws.uri('app/a.ts'));
  ws.catalogues.invalidate();
  assert.equal(await ws.catalogues.forDocument(ws.uri('app/a.ts')), first, 'the same resolution, not a new one');
  ws.configure('app', ['acme.codes.json', 'override.codes.json']);
  const second = await ws.catalogues.forDocument(ws.uri('app/a.ts'));
  assert.notEqual(second, first);
  assert.equal(second.length, 2);
});

test('a catalogue swapped for a link that leads out of the folder is refused when it is read again', async () => {
  const uri = ws.write('app/acme.codes.json', ACME);
  ws.write('shared/secret.codes.json', { ...ACME, entries: [{ ...ACME.entries[0], message: 'From outside' }] });
  ws.configure('app', ['acme.codes.json']);
  assert.match((await ws.hover('app/a.ts', 'if (code === 4000|1) {}'))!, /Order not found/);
  fs.rmSync(path.join(ws.root, 'app/acme.codes.json'));
  fs.symlinkSync(path.join(ws.root, 'shared/secret.codes.json'), path.join(ws.root, 'app/acme.codes.json'));
  await ws.catalogues.reload(uri);
  assert.doesNotMatch((await ws.hover('app/a.ts', 'if (code === 4000|1) {}')) ?? '', /From outside/);
  assert.match(ws.diagnostics.get(uri)![0]!.message as string, /outside the workspace folder/);
});
