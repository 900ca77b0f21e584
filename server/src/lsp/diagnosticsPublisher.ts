import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { filePath } from './workspaceFolders';

/** Who computed a set of diagnostics: code analysis of a document, or the check of a catalogue file. */
export type DiagnosticSource = 'code' | 'catalogue';
const SOURCES: readonly DiagnosticSource[] = ['code', 'catalogue'];

type Send = (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => Promise<void>;

/**
 * The one place diagnostics are published. A catalogue file can be open as a document, so code
 * diagnostics and catalogue problems may concern the same file, and a publication replaces everything
 * a client shows for a URI: each source sets its own diagnostics here, and every publication carries
 * the union of all sources for that file.
 */
export class DiagnosticsPublisher {
  /** Per file key, per source: what that source last published. */
  private readonly current = new Map<string, Map<DiagnosticSource, Diagnostic[]>>();

  constructor(private readonly send: Send) {}

  /** Replaces what `source` shows for `uri` and publishes the merged list (`version` when it is a document's). */
  publish(source: DiagnosticSource, uri: string, diagnostics: Diagnostic[], version?: number): Promise<void> {
    const key = fileKey(uri);
    const bySource = this.current.get(key) ?? new Map<DiagnosticSource, Diagnostic[]>();
    if (diagnostics.length) bySource.set(source, diagnostics);
    else bySource.delete(source);
    if (bySource.size) this.current.set(key, bySource);
    else this.current.delete(key);
    const merged = SOURCES.flatMap((s) => bySource.get(s) ?? []);
    return this.send(version === undefined ? { uri, diagnostics: merged } : { uri, version, diagnostics: merged });
  }
}

/** URIs of one file can differ in encoding (`%3A`, `%20`): compare file paths. */
function fileKey(uri: string): string {
  const file = filePath(uri);
  return file === undefined ? uri : pathToFileURL(file).toString();
}
