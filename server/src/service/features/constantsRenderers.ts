import type { ConstantsLanguage } from '../../protocol';
import type { CatalogueEntry, Provider } from '../catalogue/catalogueTypes';
import { codeLiteral, commentText, javaType } from './constantsText';

/** One provider's codes, with names that are valid and unique identifiers. */
export interface ConstantsGroup {
  readonly provider: Provider;
  /** `CommseaseIm` for `commsease-im`. */
  readonly name: string;
  readonly members: readonly { readonly name: string; readonly entry: CatalogueEntry }[];
}

/** What a renderer writes: the groups, the header sentence, and the package line's name, if any. */
export interface ConstantsFile {
  readonly groups: readonly ConstantsGroup[];
  readonly header: string;
  readonly packageName?: string;
}

type Renderer = (file: ConstantsFile) => string;

const lines = (...parts: string[]): string => `${parts.join('\n')}\n`;

/** A comment-safe copy of catalogue text for `language`. */
const doc = (language: ConstantsLanguage) => (text: string) => commentText(text, language);

function script(language: 'typescript' | 'javascript', { groups, header }: ConstantsFile): string {
  const d = doc(language);
  return lines(
    `// ${d(header)}`,
    ...groups.flatMap((g) => [
      '',
      `/** ${d(g.provider.name)} */`,
      `export const ${g.name} = {`,
      ...g.members.flatMap((m) => [
        `  /** ${d(m.entry.message)} */`,
        `  ${m.name}: ${codeLiteral(m.entry.code, language)},`,
      ]),
      `}${language === 'typescript' ? ' as const' : ''};`,
    ]),
  );
}

export const RENDERERS: Readonly<Record<ConstantsLanguage, Renderer>> = {
  typescript: (file) => script('typescript', file),
  javascript: (file) => script('javascript', file),
  java: ({ groups, header, packageName }) => {
    const d = doc('java');
    return lines(
      `// ${d(header)}`,
      ...(packageName ? [`package ${packageName};`, ''] : []),
      'public final class StatusCodes {',
      '  private StatusCodes() {}',
      ...groups.flatMap((g) => [
        '',
        `  /** ${d(g.provider.name)} */`,
        `  public static final class ${g.name} {`,
        `    private ${g.name}() {}`,
        ...g.members.flatMap((m) => [
          `    /** ${d(m.entry.message)} */`,
          `    public static final ${javaType(m.entry.code)} ${m.name} = ${codeLiteral(m.entry.code, 'java')};`,
        ]),
        '  }',
      ]),
      '}',
    );
  },
  kotlin: ({ groups, header, packageName }) => {
    const d = doc('kotlin');
    return lines(
      `// ${d(header)}`,
      ...(packageName ? [`package ${packageName}`] : []),
      ...groups.flatMap((g) => [
        '',
        `/** ${d(g.provider.name)} */`,
        `object ${g.name} {`,
        ...g.members.flatMap((m) => [
          `    /** ${d(m.entry.message)} */`,
          `    const val ${m.name} = ${codeLiteral(m.entry.code, 'kotlin')}`,
        ]),
        '}',
      ]),
    );
  },
  swift: ({ groups, header }) => {
    const d = doc('swift');
    return lines(
      `// ${d(header)}`,
      ...groups.flatMap((g) => [
        '',
        `/// ${d(g.provider.name)}`,
        `public enum ${g.name} {`,
        ...g.members.flatMap((m) => [
          `    /// ${d(m.entry.message)}`,
          `    public static let ${m.name} = ${codeLiteral(m.entry.code, 'swift')}`,
        ]),
        '}',
      ]),
    );
  },
  dart: ({ groups, header }) => {
    const d = doc('dart');
    return lines(
      `// ${d(header)}`,
      '// ignore_for_file: constant_identifier_names',
      ...groups.flatMap((g) => [
        '',
        `/// ${d(g.provider.name)}`,
        `class ${g.name} {`,
        `  ${g.name}._();`,
        ...g.members.flatMap((m) => [
          `  /// ${d(m.entry.message)}`,
          `  static const ${typeof m.entry.code === 'string' ? 'String' : 'int'} ${m.name} = ${codeLiteral(m.entry.code, 'dart')};`,
        ]),
        '}',
      ]),
    );
  },
  python: ({ groups, header }) => {
    const d = doc('python');
    return lines(
      `# ${d(header)}`,
      ...groups.flatMap((g) => [
        '',
        '',
        `# ${d(g.provider.name)}`,
        `class ${g.name}:`,
        ...(g.members.length
          ? g.members.flatMap((m) => [
              `    #: ${d(m.entry.message)}`,
              `    ${m.name} = ${codeLiteral(m.entry.code, 'python')}`,
            ])
          : ['    pass']),
      ]),
    );
  },
  go: ({ groups, header, packageName = 'statuscodes' }) => {
    const d = doc('go');
    return lines(
      `// Package ${packageName} holds status codes. ${d(header)}`,
      `package ${packageName}`,
      ...groups.flatMap((g) => [
        '',
        `// ${d(g.provider.name)}`,
        'const (',
        ...g.members.flatMap((m) => [
          `\t// ${m.name}: ${d(m.entry.message)}`,
          `\t${m.name} = ${codeLiteral(m.entry.code, 'go')}`,
        ]),
        ')',
      ]),
    );
  },
};
