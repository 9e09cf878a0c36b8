import * as vscode from 'vscode';

/** The part of VS Code's built-in git extension API (`vscode.git`, API version 1) used here. */
interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitChange {
  readonly uri: vscode.Uri;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly indexChanges: readonly GitChange[] };
  add(paths: string[]): Promise<void>;
  commit(message: string): Promise<void>;
}

const API_READY_TIMEOUT_MS = 5000;

/**
 * The repository VS Code's git extension has open for this file, or undefined when git is not
 * there for it: the extension is missing or disabled, the workspace is untrusted, git is not
 * installed, or the file is in no repository. Never throws.
 */
export async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | undefined> {
  if (uri.scheme !== 'file' || !vscode.workspace.isTrusted) return undefined;
  try {
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (!extension) return undefined;
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (!exports?.enabled) return undefined;
    const api = exports.getAPI(1);
    if (api.state !== 'initialized') await initialized(api);
    return api.getRepository(uri) ?? undefined;
  } catch {
    return undefined;
  }
}

function initialized(api: GitApi): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, API_READY_TIMEOUT_MS);
    const listener = api.onDidChangeState((state) => state === 'initialized' && done());
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

export type CommitOutcome = { kind: 'committed' } | { kind: 'other-staged'; files: string[] } | { kind: 'failed'; message: string };

/**
 * Stages the plan and commits it alone. When other changes are already staged the commit would
 * take them too, under a message that says nothing about them: then nothing is committed.
 */
export async function commitPlan(repository: GitRepository, uri: vscode.Uri, message: string): Promise<CommitOutcome> {
  try {
    const others = repository.state.indexChanges.filter((c) => c.uri.toString() !== uri.toString());
    if (others.length) return { kind: 'other-staged', files: others.map((c) => vscode.workspace.asRelativePath(c.uri)) };
    await repository.add([uri.fsPath]);
    await repository.commit(message);
    return { kind: 'committed' };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
