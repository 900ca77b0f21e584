import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../service/settings/settings';
import { scanAhead, type ExpectedSettings } from '../scanAhead';
import type { Feature, ServerContext } from '../serverContext';
import { ignoreCodeCommand } from './ignoreCodeCommand';

/** How long typing must pause before a document is validated again. Opening validates at once. */
export const VALIDATION_DELAY_MS = 200;

/**
 * Diagnostics: validates documents on open (at once) and on change (debounced per
 * document), drops runs that a newer edit has overtaken, publishes with the document
 * version, clears on close, and revalidates every open document when settings or
 * catalogues change. Registers the ignore command, which feeds the session ignores.
 */
export const diagnosticsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const validator = new Validator(ctx);
    ctx.listeners.onDocumentChanged.push((document) => validator.schedule(document));
    ctx.listeners.onDocumentClosed.push((uri) => validator.clear(uri));
    ctx.listeners.onRefresh.push(() => validator.revalidateAll());
    ignoreCodeCommand(ctx, (code) => {
      validator.sessionIgnores.add(code);
      validator.revalidateAll();
    });
  },
};

/** Per-document validation runs: one timer and one generation number per open document. */
class Validator {
  /** Codes ignored for this session by clients that cannot write settings. */
  readonly sessionIgnores = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped whenever a run is scheduled or the document closes: a run publishes only if still current. */
  private readonly generations = new Map<string, number>();
  /** Documents whose problems were last cut at statusCodes.diagnostics.maxProblems (told once). */
  private readonly truncatedUris = new Set<string>();
  /** The settings and index of the latest run: what a document that opens next is scanned with (scanAhead). */
  private latest: ExpectedSettings | undefined;

  constructor(private readonly ctx: ServerContext) {}

  /** A document opened (validate now) or changed (validate when typing pauses). */
  schedule(document: TextDocument): void {
    const opened = !this.generations.has(document.uri);
    const generation = this.bump(document.uri);
    if (opened) {
      void this.validate(document.uri, generation, true);
      return;
    }
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        void this.validate(document.uri, generation);
      }, VALIDATION_DELAY_MS),
    );
  }

  revalidateAll(): void {
    for (const document of this.ctx.documents.all()) void this.validate(document.uri, this.bump(document.uri));
  }

  clear(uri: string): void {
    this.cancelTimer(uri);
    this.generations.delete(uri);
    this.truncatedUris.delete(uri);
    void this.ctx.diagnostics.publish('code', uri, []);
  }

  /** Says once per document (until it fits again) that only the first problems are shown. */
  private noteTruncation(uri: string, truncated: boolean, maxProblems: number): void {
    if (!truncated) {
      this.truncatedUris.delete(uri);
      return;
    }
    if (this.truncatedUris.has(uri)) return;
    this.truncatedUris.add(uri);
    this.ctx.log(
      `${uri} has more than ${maxProblems} problems; showing the first ${maxProblems}. statusCodes.diagnostics.maxProblems sets how many (0 for all).`,
    );
  }

  private bump(uri: string): number {
    this.cancelTimer(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    return generation;
  }

  private cancelTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }

  private async validate(uri: string, generation: number, opened = false): Promise<void> {
    const current = () => this.generations.get(uri) === generation;
    // Asks for the settings first; a document that just opened is scanned while the answer is awaited.
    const analysable = this.ctx.analysable(uri);
    const stopScanAhead = opened ? scanAhead(this.ctx, uri, this.expected()) : () => undefined;
    try {
      const document = await analysable;
      if (!current()) return;
      if (!document) {
        stopScanAhead();
        // What scanAhead may have started is not wanted.
        this.ctx.service.documentClosed(uri);
        // Skipped (too large, minified, language off): nothing of ours should stay on it.
        await this.ctx.diagnostics.publish('code', uri, []);
        return;
      }
      const [settings, index, locale] = await Promise.all([
        this.ctx.settingsFor(uri),
        this.ctx.indexFor(uri),
        this.ctx.localeFor(uri),
      ]);
      stopScanAhead();
      this.latest = { settings, index };
      // Settings and catalogues are read asynchronously: an edit may have overtaken this run.
      if (!current() || this.ctx.documents.get(uri) !== document) return;
      const version = document.version;
      const analysis = this.ctx.service.doAnalysis(document, index);
      // A large first analysis runs in slices, so hovers and edits are answered meanwhile; a file with more problems
      // than maxProblems is published once the scan has passed them.
      const { diagnostics, truncated } = await this.ctx.service.doSettledValidation(
        document,
        analysis,
        settings,
        this.sessionIgnores,
        locale,
      );
      if (!current() || document.version !== version) return;
      this.noteTruncation(uri, truncated, settings.diagnostics.maxProblems);
      await this.ctx.diagnostics.publish('code', uri, diagnostics, version);
      // The rest of the file is still analysed in slices, for hovers and hints, until an edit starts a new run.
      if (analysis.stale) await analysis.settle(undefined, () => !current());
    } catch (e) {
      this.ctx.log(`Could not validate ${uri}: ${(e as Error).stack ?? String(e)}`);
    } finally {
      stopScanAhead();
    }
  }

  /** What a newly opened document is expected to get: the settings of the latest run, or the defaults. */
  private expected(): ExpectedSettings {
    return (this.latest ??= {
      settings: DEFAULT_SETTINGS,
      index: this.ctx.service.getCatalogueIndex(DEFAULT_SETTINGS),
    });
  }
}
