import type { CancellationToken } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { PlanGit } from '../planGit';
import { readPlan, servedPath } from '../planSource';
import { ChangesSinceReviewRequest, HistoryRequest, PlanAtCommitRequest, WorkspaceTrustNotification } from '../protocol';

/**
 * The requests that run the user's git on a plan: its history, what changed since its last
 * review, and one past version's text (for a diff). They share one `PlanGit`, which holds the
 * workspace trust (no git at all while untrusted) and the progress of every version read.
 */
export function register(ctx: ServerContext): void {
  // Until the client says otherwise, its initialization option holds, and only a boolean true
  // trusts ("false", 0 or null do not); editors without workspace trust never send the option,
  // and their workspaces count as trusted.
  let told: boolean | undefined;
  const git = new PlanGit(() => told ?? initiallyTrusted(ctx.initOptions));
  ctx.connection.onNotification(
    WorkspaceTrustNotification.type,
    ctx.runner.notification(WorkspaceTrustNotification.method, (params: WorkspaceTrustNotification.Params) => {
      told = params?.trusted === true;
    }),
  );

  ctx.connection.onRequest(
    HistoryRequest.type,
    ctx.runner.request(HistoryRequest.method, (): HistoryRequest.Result => ({ kind: 'git-error', message: 'the history could not be read' }), async (params: HistoryRequest.Params, token) => {
      const progress = ctx.connection.window.attachWorkDoneProgress(params.workDoneToken);
      const texts = ctx.texts();
      let begun = false;
      let reported = -1;
      const file = await servedPath(ctx, params.uri);
      try {
        return await withAbort(token, (signal) =>
          git.history(file, {
            signal,
            onProgress: (done, total) => {
              // Every version already cached: nothing to show.
              if (total === 0) return;
              if (!begun) {
                begun = true;
                progress.begin(texts.history.progress, 0, `0/${total}`, false);
              }
              // One report per percent: a thousand versions must not mean a thousand messages.
              const percent = Math.floor((done / total) * 100);
              if (percent === reported) return;
              reported = percent;
              progress.report(percent, `${done}/${total}`);
            },
          }),
        );
      } finally {
        if (begun) progress.done();
      }
    }),
  );

  ctx.connection.onRequest(
    ChangesSinceReviewRequest.type,
    ctx.runner.request(ChangesSinceReviewRequest.method, (): ChangesSinceReviewRequest.Result => ({ kind: 'git-error', message: 'the changes could not be read' }), async (params: ChangesSinceReviewRequest.Params, token) => {
      const plan = await readPlan(ctx, params.uri);
      if (!plan) return { kind: 'not-in-git', message: 'the plan cannot be read' };
      const last = plan.analysis.model.review?.last;
      const file = await servedPath(ctx, params.uri);
      return withAbort(token, (signal) => git.changesSinceReview(file, plan.analysis.text, last?.valid ? last.text : null, signal));
    }),
  );

  ctx.connection.onRequest(
    PlanAtCommitRequest.type,
    ctx.runner.request(PlanAtCommitRequest.method, (): PlanAtCommitRequest.Result => ({ kind: 'git-error', message: 'the version could not be read' }), async (params: PlanAtCommitRequest.Params, token) => {
      const file = await servedPath(ctx, params.uri);
      return withAbort(token, (signal) => git.blobText(file, String(params.blob ?? ''), signal));
    }),
  );
}

function initiallyTrusted(options: unknown): boolean {
  if (typeof options !== 'object' || options === null || !('workspaceTrusted' in options)) return true;
  return (options as { workspaceTrusted: unknown }).workspaceTrusted === true;
}

/** Runs git work that the request's cancellation stops (the git processes are killed). */
async function withAbort<T>(token: CancellationToken, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const subscription = token.onCancellationRequested(() => controller.abort());
  try {
    return await work(controller.signal);
  } finally {
    subscription.dispose();
  }
}
