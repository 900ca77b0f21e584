// statusCodes.language: hovers, completion, diagnostics, code actions, inlay hints and skip notices in
// Simplified Chinese when the locale is zh-cn; English unchanged by default; `auto` resolved from the
// display language (VS Code's vscode.env.language, the CLI's LANG).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-types';
import { displayLocale, resolveLocale } from '../../server/src/service/l10n/locale';
import { t } from '../../server/src/service/l10n/messages';
import { createTestService, withCursor } from '../support/service';

const service = createTestService();

const hoverText = (snippet: string, languageId: string, locale?: 'en' | 'zh-cn'): string => {
  const { text, position } = withCursor(snippet);
  const { document, analysis } = service.analyse(text, languageId);
  const hover = service.service.doHover(document, position, analysis, locale);
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
};

describe('resolveLocale', () => {
  test('an explicit setting wins over the display language', () => {
    assert.equal(resolveLocale('en', 'zh-cn'), 'en');
    assert.equal(resolveLocale('zh-cn', 'en'), 'zh-cn');
    assert.equal(resolveLocale('zh-cn', undefined), 'zh-cn');
  });
  test('auto follows the display language: Simplified Chinese in any spelling, else English', () => {
    for (const tag of ['zh-cn', 'zh-CN', 'zh_CN.UTF-8', 'zh-Hans', 'zh-SG', 'zh', 'zh-Hans-CN'])
      assert.equal(resolveLocale('auto', tag), 'zh-cn', tag);
    for (const tag of ['en', 'en-US', 'de', 'ja', 'zh-TW', 'zh-HK', 'zh-Hant', 'C', 'POSIX', '', undefined])
      assert.equal(resolveLocale('auto', tag), 'en', String(tag));
    assert.equal(displayLocale('zh_CN.GB18030@stroke'), 'zh-cn');
  });
  test('t formats arguments after translating, and leaves English as the key', () => {
    assert.equal(t('en', 'Unknown status code {0}.', 414), 'Unknown status code 414.');
    assert.equal(t('zh-cn', 'Unknown status code {0}.', 414), '未知状态码 414。');
    assert.equal(t('zh-cn', 'a message no bundle has {0}', 1), 'a message no bundle has 1');
  });
});

describe('hover', () => {
  test('zh-cn: the message from the entry translation, headings in Chinese', () => {
    const zh = hoverText('if (err.code === 41|4) {}', 'typescript', 'zh-cn');
    assert.match(zh, /\*\*参数错误\*\*/);
    assert.doesNotMatch(zh, /\*\*Parameter error\*\*/);
    assert.match(zh, /来源：官方文档/);
  });
  test('zh-cn: ZEGOCLOUD remedies are translated', () => {
    const zh = hoverText('if (code === 600000|1) {}', 'typescript', 'zh-cn');
    assert.match(zh, /\*\*处理方法\*\*/);
    assert.doesNotMatch(zh, /What to do/);
  });
  test('English by default and with en: unchanged', () => {
    const en = hoverText('if (err.code === 41|4) {}', 'typescript');
    assert.equal(hoverText('if (err.code === 41|4) {}', 'typescript', 'en'), en);
    assert.match(en, /\*\*Parameter error\*\*/);
    assert.doesNotMatch(en, /[\u4e00-\u9fff]/);
  });
});

describe('completion', () => {
  test('zh-cn: details and documentation in Chinese; the Chinese message also filters', () => {
    const { text, position } = withCursor('if (err.code === |) {}');
    const { document, analysis } = service.analyse(text, 'typescript');
    const zh = service.service.doComplete(document, position, analysis, { locale: 'zh-cn' })!;
    const item = zh.items.find((i) => i.label === '414' && i.labelDetails?.description?.includes('CommsEase'))!;
    assert.equal(item.detail, '参数错误');
    assert.match((item.documentation as MarkupContent).value, /\*\*参数错误\*\*/);
    assert.match(item.filterText!, /Parameter error/);
    assert.match(item.filterText!, /参数错误/);
    const en = service.service.doComplete(document, position, analysis)!;
    assert.equal(
      en.items.find((i) => i.label === '414' && i.detail === item.detail),
      undefined,
    );
  });
});

describe('diagnostics and code actions', () => {
  const validate = (text: string, languageId: string, locale?: 'en' | 'zh-cn') => {
    const { document, analysis } = service.analyse(text, languageId);
    const diagnostics = service.service.doValidation(
      document,
      analysis,
      service.settings,
      undefined,
      locale,
    ).diagnostics;
    return { document, analysis, diagnostics: JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[] };
  };
  test('zh-cn: the message and the quick fix titles in Chinese', () => {
    const { document, analysis, diagnostics } = validate(
      "switch (e.code) { case 'Error_Timout': break; }",
      'typescript',
      'zh-cn',
    );
    assert.equal(diagnostics[0]?.message, "未知状态码 'Error_Timout'。你是不是想写 'Error_Timeout'？");
    const titles = service.service
      .doCodeActions(document, diagnostics[0]!.range, { diagnostics, only: ['quickfix'] }, analysis, 'zh-cn')
      .map((a) => a.title);
    assert.deepEqual(titles, [
      "替换为 'Error_Timeout'",
      "在此行忽略 'Error_Timout'",
      "在此文件中忽略 'Error_Timout'",
      "在此工作区中忽略 'Error_Timout'",
    ]);
  });
  test('en: unchanged', () => {
    const { diagnostics } = validate("switch (e.code) { case 'Error_Timout': break; }", 'typescript');
    assert.equal(diagnostics[0]?.message, "Unknown status code 'Error_Timout'. Did you mean 'Error_Timeout'?");
  });
  test('settings.language zh-cn is the default locale of doValidation', () => {
    const zhService = createTestService({ language: 'zh-cn' });
    const { document, analysis } = zhService.analyse("switch (e.code) { case 'Error_Timout': break; }", 'typescript');
    const [d] = zhService.service.doValidation(document, analysis, zhService.settings).diagnostics;
    assert.match(d!.message as string, /^未知状态码/);
  });
  test('zh-cn: "Add comment with meaning" writes the Chinese meaning', () => {
    const { text, position } = withCursor('if (err.code === 41|4) {}');
    const { document, analysis } = service.analyse(text, 'typescript');
    const range = { start: position, end: position };
    const [action] = service.service.doCodeActions(
      document,
      range,
      { diagnostics: [], only: ['refactor'] },
      analysis,
      'zh-cn',
    );
    assert.equal(action?.title, '添加含义注释');
    assert.equal(action?.edit?.changes?.[document.uri]?.[0]?.newText, ' // 414: 参数错误');
  });
});

describe('inlay hints and skip notices', () => {
  test('zh-cn: the hint is the Chinese message', () => {
    const hinting = createTestService({ inlayHints: { enable: true }, language: 'zh-cn' });
    const { document, analysis } = hinting.analyse('if (err.code === 414) {}', 'typescript');
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } };
    const [hint] = hinting.service.getInlayHints(document, range, analysis, hinting.settings);
    assert.equal(hint?.label, '参数错误');
    const [english] = hinting.service.getInlayHints(document, range, analysis, hinting.settings, 'en');
    assert.equal(english?.label, 'Parameter error');
  });
  test('zh-cn: why a file is skipped', () => {
    const { document } = service.analyse(`x\u0000y`, 'typescript');
    assert.match(service.service.getSkipReason(document, service.settings, 'zh-cn')!.message, /二进制/);
    assert.match(service.service.getSkipReason(document, service.settings)!.message, /looks binary/);
  });
});
