import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { analysisOf, PlanAnalyzer, type Analysis } from '../core/analyze';
import type { IsoDate } from '../core/dates';
import { IdIndex } from '../core/ids/idIndex';
import { buildModel } from '../core/model/buildModel';
import { LineIndex } from '../core/text/lineIndex';
import type { TextSource } from '../core/text/textSource';
import { ChunkedYamlParser } from '../core/yaml/chunkedParser';
import type { EditTracker } from './editTracker';
import { sourceOf } from './planDocument';
import { describe, type Logger } from './runner';
import type { SettingsService } from './settings';

/**
 * One open document's analysis of one version, shared by every provider. Derived data (the id
 * index, the outline, …) is memoised on it, so it is computed once per version whoever asks first.
 */
export class AnalyzedDocument {
  private readonly memos = new Map<string, unknown>();
  readonly uri: string;
  /** The version analysed (the TextDocument object itself moves on with later edits). */
  readonly version: number;

  constructor(
    document: TextDocument,
    readonly analysis: Analysis,
    readonly today: IsoDate,
    readonly epoch: number,
    private readonly state: DocumentState,
  ) {
    this.uri = document.uri;
    this.version = document.version;
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** Every id definition and reference of this version. */
  get ids(): IdIndex {
    return this.memo('ids', () => new IdIndex(this.analysis.parsed.root));
  }

  /**
   * The latest analysis of this document that had no syntax errors (maybe this one). Read its
   * values only (ids, titles): its offsets belong to an older text, and the parse cache may
   * have moved its nodes since.
   */
  get lastGood(): Analysis | undefined {
    return this.analysis.hasSyntaxErrors ? this.state.lastGood : this.analysis;
  }
}

/** Per-document state: the incremental parse cache and the analysis of the latest version. */
class DocumentState {
  parser = new ChunkedYamlParser();
  /** The version whose text the parser parsed last (undefined: none, or the parser started over). */
  parsedVersion: number | undefined;
  current: AnalyzedDocument | undefined;
  lastGood: Analysis | undefined;
}

export interface AnalysisStats {
  count: number;
  totalMs: number;
  maxMs: number;
  lastMs: number;
}

/**
 * The open documents and their analyses. An analysis is computed lazily, once per document
 * version and settings epoch: the first provider (or the diagnostics push) that needs it pays,
 * everyone else shares it. Requests never wait for a debounced validation: they compute the
 * analysis of the current version right away, and the validation then finds it ready.
 */
export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  readonly stats: AnalysisStats = { count: 0, totalMs: 0, maxMs: 0, lastMs: 0 };

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsService,
    private readonly log: Logger,
    private readonly edits?: EditTracker,
    private readonly analyzer: PlanAnalyzer = new PlanAnalyzer(),
  ) {
    documents.onDidClose((event) => this.states.delete(event.document.uri));
  }

  get(uri: string): AnalyzedDocument | undefined {
    const document = this.documents.get(uri);
    return document ? this.analyze(document) : undefined;
  }

  /** The analysis of the document's current version, computed now if nobody has yet. */
  analyze(document: TextDocument): AnalyzedDocument {
    let state = this.states.get(document.uri);
    if (!state) {
      state = new DocumentState();
      this.states.set(document.uri, state);
    }
    const epoch = this.settings.epoch;
    const cached = state.current;
    if (cached && cached.version === document.version && cached.epoch === epoch) return cached;

    const settings = this.settings.current;
    const text = sourceOf(document);
    const started = performance.now();
    let analysis: Analysis;
    try {
      const known = this.edits?.since(document, state.parsedVersion);
      analysis = this.analyzer.analyze(text, { today: settings.today, settings: settings.rules, locale: settings.locale }, state.parser, known);
      state.parsedVersion = document.version;
      this.edits?.mark(document);
    } catch (error) {
      // A bug in the analysis must not take the server down: answer from an empty model and
      // start the next version from a clean parse cache.
      this.log.error(`Analysing ${document.uri} (version ${document.version}) failed: ${describe(error)}`);
      state.parser = new ChunkedYamlParser();
      state.parsedVersion = undefined;
      analysis = emptyAnalysis(text);
    }
    this.record(performance.now() - started);
    for (const { code, error } of analysis.internalErrors) {
      this.log.error(`Rule ${code} failed on ${document.uri} (version ${document.version}): ${describe(error)}`);
    }
    if (!analysis.hasSyntaxErrors) state.lastGood = analysis;
    state.current = new AnalyzedDocument(document, analysis, settings.today, epoch, state);
    return state.current;
  }

  /**
   * The most recent analysis of a document, maybe of an earlier version, computing one only
   * when there is none. For answers that need the plan's ids and titles but no offsets of the
   * current text (completion), so typing never waits for the analysis of every keystroke.
   */
  latest(document: TextDocument): AnalyzedDocument {
    const current = this.states.get(document.uri)?.current;
    return current && current.epoch === this.settings.epoch ? current : this.analyze(document);
  }

  /** The analysis already computed for the current version, without computing one. */
  peek(uri: string): AnalyzedDocument | undefined {
    const document = this.documents.get(uri);
    const current = this.states.get(uri)?.current;
    return document && current && current.version === document.version && current.epoch === this.settings.epoch ? current : undefined;
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  private record(ms: number): void {
    this.stats.count++;
    this.stats.totalMs += ms;
    this.stats.lastMs = ms;
    if (ms > this.stats.maxMs) this.stats.maxMs = ms;
    this.log.trace(`analysis: ${ms.toFixed(1)} ms`);
  }
}

function emptyAnalysis(text: TextSource): Analysis {
  const lines = new LineIndex(text);
  return analysisOf(text, {
    parsed: { root: null, json: null, problems: [], conflicts: [], lines, parsedChunks: 0 },
    model: buildModel(null),
    lines,
    findings: [],
    hasSyntaxErrors: true,
    internalErrors: [],
  });
}
