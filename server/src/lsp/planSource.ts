import { fileURLToPath } from 'node:url';
import type { ServerContext } from './context';
import { PlanAnalyzer, type Analysis } from '../core/analyze';
import { readPlanFile } from '../node/planFiles';

/** One plan's current analysis: the open document's (unsaved text included), else the file on disk. */
export interface PlanSource {
  uri: string;
  /** The document version analysed; null when read from disk. */
  version: number | null;
  analysis: Analysis;
}

/** The file a `file:` uri names; null for any other scheme (an untitled plan has no file and no history). */
export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/**
 * The file behind a plan the server may read or run git on: an open document's (the editor
 * handed it over), else a file inside the workspace folders (see `WorkspaceIndex.pathInFolders`);
 * null for anything else, so no request reads or runs git outside the workspace.
 */
export async function servedPath(ctx: ServerContext, uri: string): Promise<string | null> {
  if (ctx.store.get(uri)) return filePath(uri);
  return ctx.index.pathInFolders(uri);
}

/**
 * The plan at `uri` as the user sees it: an open document from the server's shared analysis, a
 * closed file inside the workspace folders read from disk (bounded, regular files only) and
 * analysed with the server's settings. Null when it is outside, cannot be read or is not UTF-8.
 */
export async function readPlan(ctx: ServerContext, uri: string): Promise<PlanSource | null> {
  const open = ctx.store.get(uri);
  if (open) return { uri, version: open.version, analysis: open.analysis };
  const path = await ctx.index.pathInFolders(uri);
  if (path === null) return null;
  const read = await readPlanFile(path).catch(() => undefined);
  if (!read?.ok) return null;
  const text = read.text;
  const settings = ctx.settings.current;
  const analysis = new PlanAnalyzer().analyze(text, { today: settings.today, settings: settings.rules, locale: settings.locale });
  return { uri, version: null, analysis };
}
