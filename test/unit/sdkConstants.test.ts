import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestService, withCursor } from '../support/service';

const ts = createTestService();
const hoverText = (lang: string, src: string): string | null => {
  const { text, position } = withCursor(src);
  const { document, analysis } = ts.analyse(text, lang);
  const h = ts.service.doHover(document, position, analysis);
  return h ? (h.contents as { value: string }).value : null;
};

describe('SDK constants hover with their code and meaning', () => {
  const cases = [
    {
      lang: 'typescript',
      src: 'if (err.code === ZIMErrorCode.NetworkModule|UserIsNotLogged) login();',
      expect: /\*\*6000121\*\*.*User not logged in/s,
    },
    { lang: 'javascript', src: 'case ZIMErrorCode.Succ|ess: break;', expect: /\*\*0\*\* · ZEGOCLOUD ZIM client SDK/ },
    {
      lang: 'swift',
      src: 'if error.code == .ZIMErrorCode|Success { }',
      expect: /\*\*0\*\* · ZEGOCLOUD ZIM client SDK/,
    },
    {
      lang: 'objective-c',
      src: 'if (errorInfo.code == ZIMErrorCodeNetworkModule|UserIsNotLogged) {}',
      expect: /User not logged in/,
    },
    { lang: 'dart', src: 'if (e.code == ZIMErrorCode.networkModule|UserIsNotLogged) {}', expect: /User not logged in/ },
    { lang: 'typescript', src: 'if (code === NIMResCode.kNIMRes|Error) {}', expect: /NetEase CommsEase IM/ },
  ];
  for (const c of cases) {
    test(`${c.lang}: ${c.src}`, () => {
      const value = hoverText(c.lang, c.src);
      assert.ok(value, 'expected a hover');
      assert.match(value, c.expect);
      assert.match(value, /Constant `/);
    });
  }

  test('a member name without its container is not taken for a constant', () => {
    assert.equal(hoverText('typescript', 'const Succ|ess = true;'), null);
    assert.equal(hoverText('typescript', 'if (state === Status.Succ|ess) {}'), null);
  });
});

describe('codes of the full official tables', () => {
  const cases = [
    { lang: 'typescript', src: 'if (err.code === 600012|1) {}', expect: 'User not logged in.' },
    { lang: 'kotlin', src: 'if (errorInfo.code.value == 600012|1) {}', expect: 'User not logged in.' },
    { lang: 'java', src: 'if (code == 66100000|5) {}', expect: 'Message edit failed.' },
    { lang: 'typescript', src: 'if (res.code === 10500|1) {}', expect: 'Request failed because of a database error.' },
    { lang: 'typescript', src: 'if (err.code === 41|6) {}', expect: 'Frequency limit reached.' },
    { lang: 'go', src: 'if code == 1300|1 {}', expect: 'IM main connection abnormal.' },
  ];
  for (const c of cases) {
    test(`${c.lang}: ${c.src}`, () => {
      const value = hoverText(c.lang, c.src);
      assert.ok(value, 'expected a hover');
      assert.ok(value.includes(`\n\n**${c.expect}**\n`), `hover headline should be "${c.expect}":\n${value}`);
    });
  }

  test('provenance is shown', () => {
    assert.match(hoverText('typescript', 'if (err.code === 40|2) {}')!, /Source: SDK headers only/);
    assert.match(hoverText('typescript', 'if (err.code === 600012|1) {}')!, /Source: official docs and SDK headers/);
  });

  test('where sources disagree, the hover says so', () => {
    for (const code of ['406', '508', '808', '810', '812']) {
      assert.match(hoverText('typescript', `if (err.code === |${code}) {}`)!, /Sources disagree/, `CommsEase ${code}`);
    }
    assert.match(hoverText('typescript', 'if (err.code === 600028|6) {}')!, /Sources disagree/, 'ZIM 6000286');
  });

  test('seven-digit client codes count anywhere but not inside larger tokens', () => {
    assert.ok(hoverText('typescript', 'log(600012|1);'));
    assert.equal(hoverText('typescript', 'const id = 1600012|1;'), null);
    assert.equal(hoverText('typescript', 'const v = "v6000121|x";'), null);
  });

  test('small client codes follow the short-number rules', () => {
    assert.equal(hoverText('typescript', 'const retries = |1;'), null);
    assert.ok(hoverText('typescript', 'if (errorInfo.code === |1) {}'));
  });
});

describe('constants of the generated constants module hover too', () => {
  for (const [lang, src, expect] of [
    ['typescript', 'if (err.code === CommseaseIm.PARAMETER_|ERROR) {}', /\*\*414\*\*/],
    ['kotlin', 'if (code == ZegocloudZimSdk.NETWORK_USER_IS_NOT|_LOGGED) {}', /\*\*6000121\*\*/],
    ['go', 'if code == ZegocloudZimRoom|NotExist {}', /\*\*660300001\*\*/],
  ] as const) {
    test(`${lang}: ${src}`, () => assert.match(hoverText(lang, src) ?? '', expect));
  }
});
