import { dirname } from 'node:path';
import type { IsoDate } from '../core/dates';
import type { PlanProgress } from '../core/history/progress';
import type { ChangesSinceReviewRequest, GitUnavailable, HistoryRequest, PlanAtCommitRequest } from './protocol';
import { runGit, type GitOptions } from '../node/git/gitProcess';
import { changesSinceReview, planHistory } from '../node/git/history';
import { MAX_PLAN_BYTES } from '../node/planFiles';

/** Enough for thousands of versions of a few plans; a plan's progress is a few hundred bytes. */
const MAX_CACHED_VERSIONS = 50_000;
const BLOB_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The server's access to the user's git for plan histories: refuses to start git while the
 * workspace is untrusted (a repository's config can name programs that git runs), and keeps
 * the progress of every version it has read by blob id, so a second look at a history reads
 * no version again.
 */
export class PlanGit {
  private readonly cache = new Map<string, PlanProgress>();
  private readonly progressCache = {
    get: (blob: string) => this.cache.get(blob),
    set: (blob: string, progress: PlanProgress) => {
      if (this.cache.size >= MAX_CACHED_VERSIONS) this.cache.clear();
      this.cache.set(blob, progress);
    },
  };

  /** `trusted` is asked before every git run; `git` is the executable (default: `git` on the PATH). */
  constructor(
    private readonly trusted: () => boolean,
    private readonly git?: string,
  ) {}

  get cachedVersions(): number {
    return this.cache.size;
  }

  async history(file: string | null, options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<HistoryRequest.Result> {
    const refused = this.refusal(file);
    if (refused) return refused;
    return planHistory(file!, { ...this.options(options.signal), cache: this.progressCache, onProgress: options.onProgress });
  }

  async changesSinceReview(file: string | null, workingText: string, lastReview: IsoDate | null, signal?: AbortSignal): Promise<ChangesSinceReviewRequest.Result> {
    const refused = this.refusal(file);
    if (refused) return refused;
    const result = await changesSinceReview(file!, workingText, lastReview, { ...this.options(signal), cache: this.progressCache });
    return result.kind === 'ok' ? { ...result, lastReview } : result;
  }

  /** The text of one blob of the repository holding `file`. */
  async blobText(file: string | null, blob: string, signal?: AbortSignal): Promise<PlanAtCommitRequest.Result> {
    const refused = this.refusal(file);
    if (refused) return refused;
    if (!BLOB_ID.test(blob)) return { kind: 'git-error', message: `not a blob id: ${JSON.stringify(blob)}` };
    // A blob id can name any object of the repository: read no more than a plan may hold.
    const outcome = await runGit(['cat-file', 'blob', blob], dirname(file!), { ...this.options(signal), maxBytes: MAX_PLAN_BYTES });
    if (outcome.ok) return { kind: 'ok', text: new TextDecoder('utf-8').decode(outcome.stdout) };
    if (outcome.kind === 'git-error' && /not a git repository/i.test(outcome.stderr)) return { kind: 'not-in-git', message: outcome.message };
    return { kind: outcome.kind, message: outcome.message };
  }

  private refusal(file: string | null): GitUnavailable | null {
    if (!this.trusted()) return { kind: 'untrusted', message: 'the workspace is not trusted, so git is not run' };
    if (file === null) return { kind: 'not-in-git', message: 'the plan is not an open document or a file inside the workspace folders' };
    return null;
  }

  private options(signal?: AbortSignal): GitOptions {
    return { git: this.git, signal };
  }
}
