/**
 * The language id VS Code gives a file, by its extension: the CLI checks each file as the
 * editor would check it when opened. Only languages the scanner knows are listed; a file
 * named on the command line with another extension is read as plain text.
 */
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascriptreact',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'typescriptreact',
  '.vue': 'vue',
  '.svelte': 'svelte',
  '.java': 'java',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.swift': 'swift',
  '.m': 'objective-c',
  '.mm': 'objective-cpp',
  '.dart': 'dart',
  '.py': 'python',
  '.pyi': 'python',
  '.go': 'go',
  '.cs': 'csharp',
  '.php': 'php',
  '.c': 'c',
  '.h': 'c',
  '.cpp': 'cpp',
  '.cc': 'cpp',
  '.cxx': 'cpp',
  '.hpp': 'cpp',
  '.hh': 'cpp',
  '.hxx': 'cpp',
  '.rs': 'rust',
  '.rb': 'ruby',
  '.json': 'json',
  '.jsonc': 'jsonc',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.txt': 'plaintext',
  '.log': 'log',
};

/** VS Code reads these JSON files as JSON with comments. */
const JSONC_NAMES = new Set(['tsconfig.json', 'jsconfig.json', 'settings.json', 'launch.json', 'tasks.json']);

/** The language id for a file name, or undefined when the CLI does not know its extension. */
export function languageForFile(fileName: string): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const language = LANGUAGE_BY_EXTENSION[base.slice(dot).toLowerCase()];
  return language === 'json' && JSONC_NAMES.has(base.toLowerCase()) ? 'jsonc' : language;
}
