import { promises as fs } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, FileChangeType, type Connection, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import { buildModel } from '../core/model/buildModel';
import { LineIndex } from '../core/text/lineIndex';
import { summarizePlan, type PlanSummary } from '../core/views/planSummary';
import { ChunkedYamlParser } from '../core/yaml/chunkedParser';
import { findPlanFiles, isInside, PLAN_FILE_PATTERN, readPlanFile } from '../node/planFiles';
import { filePath } from './planSource';
import { describe, type Logger, type RequestRunner } from './runner';

export const PLAN_GLOB = '**/*.careerplan.{yaml,yml}';
/** The walk of each folder stops after this many entries, so a huge workspace cannot stall the server. */
const MAX_ENTRIES = 200_000;

export interface IndexedPlan extends PlanSummary {
  uri: string;
}

/** The same document whether the editor wrote `file:///a%20b` or `file:///a b`. */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/**
 * The plans of the workspace folders that are not open, for workspace symbols and the plan
 * list. Built in the background after `initialized` with `$/progress`, one file per turn of the
 * event loop so requests interleave, and kept current through `workspace/didChangeWatchedFiles`
 * and workspace folder changes. Open documents are served from their live analysis instead.
 */
export class WorkspaceIndex {
  private folders: string[] = [];
  private readonly plans = new Map<string, IndexedPlan>();
  private generation = 0;
  private readonly pending = new Set<Promise<void>>();
  /** False until the first walk of the current folders has finished. */
  complete = false;

  constructor(
    private readonly log: Logger,
    private readonly runner: RequestRunner,
    private readonly createProgress: () => Promise<WorkDoneProgressServerReporter>,
    /** Open documents are analysed live; the walk does not read them from disk. */
    private readonly isOpen: (uri: string) => boolean = () => false,
  ) {}

  setFolders(uris: string[]): void {
    this.folders = uris.map(filePath).filter((path): path is string => path !== null);
  }

  addFolders(uris: string[]): void {
    this.setFolders([...this.folders.map((f) => pathToFileURL(f).href), ...uris]);
  }

  removeFolders(uris: string[]): void {
    const removed = new Set(uris.map(filePath));
    this.folders = this.folders.filter((f) => !removed.has(f));
  }

  /** True when a file lies inside one of the workspace folders. */
  inFolders(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    try {
      const path = fileURLToPath(uri);
      return this.folders.some((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
    } catch {
      return false;
    }
  }

  /**
   * The file a uri names when it lies inside a workspace folder once `..`, `%2e%2e`, a
   * `localhost` host and symlinks are resolved (its real path); null for anything else, a file
   * that does not exist included. What the server reads from disk or runs git on, when the
   * client has not opened it, must pass here.
   */
  async pathInFolders(uri: string): Promise<string | null> {
    const path = filePath(uri);
    if (path === null) return null;
    let real: string;
    try {
      real = await fs.realpath(path);
    } catch {
      return null;
    }
    for (const folder of this.folders) {
      const realFolder = await fs.realpath(folder).catch(() => null);
      if (realFolder !== null && isInside(realFolder, real)) return real;
    }
    return null;
  }

  /** Forgets a plan (it was opened: its live analysis takes over). */
  forget(uri: string): void {
    this.plans.delete(normalizeUri(uri));
  }

  entries(): IndexedPlan[] {
    return [...this.plans.values()];
  }

  get size(): number {
    return this.plans.size;
  }

  /** Wires the index to the client's file and folder events (call after `initialized`). */
  listen(connection: Connection, canRegisterWatcher: boolean, folderEvents: boolean): void {
    connection.onDidChangeWatchedFiles(
      this.runner.notification('workspace/didChangeWatchedFiles', (params) => {
        for (const change of params.changes) {
          // Events for files outside the folders (a client's global watcher) add nothing.
          if (!PLAN_FILE_PATTERN.test(change.uri) || !this.inFolders(change.uri)) continue;
          if (change.type === FileChangeType.Deleted) this.plans.delete(normalizeUri(change.uri));
          else if (!this.isOpen(change.uri)) this.track(this.indexFile(change.uri));
        }
      }),
    );
    if (canRegisterWatcher) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PLAN_GLOB }] }).catch((error) => {
        this.log.warn(`Could not watch plan files: ${describe(error)}`);
      });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        this.removeFolders(event.removed.map((f) => f.uri));
        this.addFolders(event.added.map((f) => f.uri));
        void this.rebuild();
      });
    }
  }

  /** Resolves when the file updates announced so far are in the index (requests wait for them, not for a full walk). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Reads a plan again in the background (a closed document goes back to its saved text). */
  reindex(uri: string): void {
    this.track(this.indexFile(uri));
  }

  private track(update: Promise<void>): void {
    this.pending.add(update);
    void update.finally(() => this.pending.delete(update));
  }

  /** Walks every folder again; a newer call supersedes a running one. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    this.complete = false;
    if (this.folders.length === 0) {
      this.plans.clear();
      this.complete = true;
      return;
    }
    const progress = await this.createProgress().catch(() => undefined);
    progress?.begin('Indexing career plans', 0, undefined, false);
    try {
      const files: string[] = [];
      const stopped = () => generation !== this.generation;
      for (const folder of this.folders) {
        for (const plan of await findPlanFiles(folder, { maxEntries: MAX_ENTRIES, stopped })) files.push(plan.absolute);
      }
      if (stopped()) return;
      const found = new Set(files.map((f) => pathToFileURL(f).href));
      for (const uri of this.plans.keys()) if (!found.has(uri)) this.plans.delete(uri);
      for (let i = 0; i < files.length; i++) {
        if (generation !== this.generation) return;
        progress?.report(Math.round((100 * i) / files.length), `${i + 1}/${files.length}`);
        const uri = pathToFileURL(files[i]).href;
        if (this.isOpen(uri)) this.plans.delete(uri);
        else await this.indexFile(uri);
        await yieldToEventLoop();
      }
      if (generation === this.generation) this.complete = true;
      this.log.info(`Indexed ${this.plans.size} career plan(s) in ${this.folders.length} workspace folder(s).`);
    } finally {
      progress?.done();
    }
  }

  /**
   * Reads and summarises one plan file inside the folders, through the bounded read of
   * node/planFiles.ts (a FIFO, a device or a file over 16 MB is not read); a plan that cannot be
   * read is forgotten.
   */
  async indexFile(uri: string): Promise<void> {
    const key = normalizeUri(uri);
    const path = await this.pathInFolders(key);
    const read = path === null ? undefined : await readPlanFile(path).catch(() => undefined);
    if (!read?.ok) {
      this.plans.delete(key);
      return;
    }
    const text = read.text;
    this.runner.run('index.file', () => {
      const parsed = new ChunkedYamlParser().parse(text);
      const lines = new LineIndex(text);
      this.plans.set(key, { uri: key, ...summarizePlan(buildModel(parsed.root), (span) => lines.rangeOf(span)) });
    });
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
