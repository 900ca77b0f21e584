// Catalogue text is data: whatever a (user) catalogue says, hovers, completion documentation and
// Search codes render it as literal text. Every catalogue field that reaches markdown is filled
// with hostile text and the output is rendered by a real markdown renderer (markdown-it, as VS
// Code's markdown preview; HTML and linkify on, as there), which must produce no HTML, image,
// link (but the official one), heading, quote, list or code block of the text's own making,
// and must show the text itself.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { describeEntry } from '../../server/src/service/render/describeEntry';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInStore, createTestService, withCursor } from '../support/service';
import type { CatalogueEntry } from '../../server/src/service/catalogue/catalogueTypes';

const markdown = new MarkdownIt({ html: true, linkify: true });
type Token = ReturnType<MarkdownIt['parse']>[number];

/** Texts that try every way out of the escaping that a renderer offers. */
const HOSTILE: readonly string[] = [
  'a `` ![](https://evil.example/one.png) ``',
  'two ``` fences ```` `',
  '`starts and ends with a backtick`',
  ' `` ',
  'blank\r\r![](https://evil.example/cr.png)',
  'blank\r\n\r\n<img src=https://evil.example/crlf.png>',
  'blank\n\n<img src="https://evil.example/lf.png">',
  'separators\u2028\u2029<b>x</b>',
  '[x](command:workbench.action.terminal.new)',
  '[x]: command:workbench.action.terminal.new\n\n[x]',
  '<img src="https://evil.example/img.png">',
  '<a href="command:x">a</a> <!-- comment --> <?php ?> <![CDATA[x]]>',
  '\n# heading\n- list\n> quote\n1. one\n+ plus\n',
  '# heading',
  '- list',
  '> quote',
  '1) one',
  '===',
  '---',
  '***',
  '    indented code',
  '```\nfenced\n```',
  '~~~\nfenced\n~~~',
  'https://evil.example/auto www.evil.example mail@evil.example <https://evil.example/angle>',
  '&lt;img src=x&gt; &#60;img&#62; &amp;',
  '\\`*_{}[]()#+-.!|~<>&:@',
  '*emphasis* _em_ **strong** ~~strike~~',
  '| a | b |\n|---|---|\n| c | d |',
  'trailing backslash \\',
  'line\\\n![](https://evil.example/hardbreak.png)',
];

/** Line breaks become spaces; every other character is shown as it is (compared with runs of white space as one). */
const shown = (text: string) => squeeze(text.replace(/[\r\n\u2028\u2029]+/g, ' '));
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function flatten(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}

/** Token types that only the describer's own structure may produce, with how many it produces. */
const STRUCTURE = new Set([
  'paragraph_open',
  'paragraph_close',
  'inline',
  'text',
  'code_inline',
  'strong_open',
  'strong_close',
  'em_open',
  'em_close',
  'bullet_list_open',
  'bullet_list_close',
  'list_item_open',
  'list_item_close',
  'hr',
  'softbreak',
]);

/** Fails if the markdown has anything but text and the describer's structure; returns the text shown. */
function assertInert(value: string, allowedLinks: readonly string[], what: string): string {
  const tokens = flatten(markdown.parse(value, {}));
  let text = '';
  for (const token of tokens) {
    if (token.type === 'link_open') {
      assert.ok(allowedLinks.includes(token.attrGet('href') ?? ''), `${what}: a link to ${token.attrGet('href')}`);
      continue;
    }
    if (token.type === 'link_close') continue;
    assert.ok(STRUCTURE.has(token.type), `${what}: renders a ${token.type}:\n${value}`);
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak') text += ' ';
  }
  const html = markdown.render(value);
  assert.doesNotMatch(html, /<(?!\/?(?:p|strong|em|code|ul|li|hr|a)\b)[a-z!?/]/i, `${what}: raw HTML in\n${html}`);
  return squeeze(text);
}

const OFFICIAL = 'https://docs.example/codes';

/** An entry whose every free-text field is `text`, tagged with the field's name. */
function hostileEntry(text: string, doc = OFFICIAL): CatalogueEntry {
  const origin = { uri: 'file:///hostile.codes.json', builtIn: false };
  return {
    code: 'Hostile_Code',
    name: 'HOSTILE',
    message: `message ${text}`,
    summary: `summary ${text}`,
    causes: [`cause ${text}`, text],
    remedies: [`remedy ${text}`, text],
    serverMessages: [{ text: `serverMessage ${text}`, explanation: `explanation ${text}` }, { text }],
    disagreements: [{ meaning: `meaning ${text}`, source: `source ${text}` }, { meaning: text }],
    constants: [{ name: 'HostileConstant', container: `container ${text}` }, { name: 'Plain' }],
    note: `note ${text}`,
    doc,
    origin,
    line: 0,
    provider: {
      id: 'hostile',
      name: `provider ${text}`,
      docs: OFFICIAL,
      fileHints: [],
      shapes: [],
      builtIn: false,
    },
  };
}

const FIELDS = [
  'message',
  'summary',
  'cause',
  'remedy',
  'serverMessage',
  'explanation',
  'meaning',
  'source',
  'container',
  'note',
  'provider',
];

describe('catalogue text renders as literal text', () => {
  test('every field of a described entry, with and without a pointed-at server message or constant', () => {
    for (const text of HOSTILE) {
      const entry = hostileEntry(text);
      const cases: [string, Parameters<typeof describeEntry>[1]][] = [
        ['plain', {}],
        ['server message', { serverMessage: `serverMessage ${text}` }],
        ['constant', { constant: `container ${text}.HostileConstant` }],
      ];
      for (const [what, options] of cases) {
        const shownText = assertInert(describeEntry(entry, options), [OFFICIAL], `${what} ${JSON.stringify(text)}`);
        const fields = what === 'plain' ? FIELDS : FIELDS.filter((f) => f !== 'serverMessage' || what !== 'constant');
        for (const field of fields)
          assert.ok(
            shownText.includes(shown(`${field} ${text}`)),
            `${what}: ${field} of ${JSON.stringify(text)} is shown as written; shown:\n${shownText}`,
          );
      }
    }
  });

  test('a documentation link that is not a plain http(s) address is shown as text', () => {
    for (const doc of [
      'https://docs.example/x)![](https://evil.example/p.png)',
      'command:workbench.action.terminal.new',
      'https://docs.example/a b',
      'file:///etc/passwd',
    ]) {
      const value = describeEntry({ ...hostileEntry('x', doc), provider: { ...hostileEntry('x').provider } });
      assertInert(value, [], JSON.stringify(doc));
    }
  });

  test('hovers, completion documentation and Search codes of a hostile user catalogue', () => {
    for (const text of HOSTILE) {
      const store = builtInStore();
      const uri = 'file:///workspace/hostile.codes.json';
      const catalogue = {
        provider: 'hostile',
        name: `provider ${text}`,
        docs: OFFICIAL,
        entries: [
          {
            code: 9001,
            name: 'HOSTILE',
            message: `message ${text}`,
            summary: `summary ${text}`,
            causes: [`cause ${text}`],
            remedies: [`remedy ${text}`],
            serverMessages: [{ text: `serverMessage ${text}`, explanation: `explanation ${text}` }],
            disagreements: [{ meaning: `meaning ${text}`, source: `source ${text}` }],
            constants: [{ name: 'HostileConstant', container: `container ${text}` }],
            note: `note ${text}`,
            doc: OFFICIAL,
          },
        ],
      };
      const report = store.setUser(uri, JSON.stringify(catalogue));
      assert.ok(report.ok, JSON.stringify(report.problems));
      const { service } = createTestService(undefined, store);
      const index = service.getCatalogueIndex(createTestService(undefined, store).settings, [uri]);
      const what = JSON.stringify(text);

      const source = withCursor('if (err.code === 900|1) retry();');
      const document = TextDocument.create('file:///workspace/a.ts', 'typescript', 1, source.text);
      const hover = service.doHover(document, source.position, service.doAnalysis(document, index));
      assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents, `hover ${what}`);
      assert.ok(assertInert(hover.contents.value, [OFFICIAL], `hover ${what}`).includes(shown(`summary ${text}`)));

      const typed = withCursor('if (err.code === 900|');
      const typedDocument = TextDocument.create('file:///workspace/b.ts', 'typescript', 1, typed.text);
      const list = service.doComplete(typedDocument, typed.position, service.doAnalysis(typedDocument, index));
      const item = list?.items.find((i) => i.label === '9001');
      assert.ok(item, `completion item for ${what}`);
      const documentation = item.documentation;
      assert.ok(typeof documentation === 'object' && documentation.kind === 'markdown');
      assertInert(documentation.value, [OFFICIAL], `completion ${what}`);

      const listed = service.listCodes(index).find((c) => c.provider === 'hostile');
      assert.ok(listed, `Search codes lists ${what}`);
      assert.ok(assertInert(listed.markdown, [OFFICIAL], `Search codes ${what}`).includes(shown(`note ${text}`)));
    }
  });
});
