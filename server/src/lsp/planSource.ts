import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ServerContext } from './context';
import { PlanAnalyzer, type Analysis } from '../core/analyze';

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
 * The plan at `uri` as the user sees it: an open document from the server's shared analysis, a
 * closed file read from disk and analysed with the server's settings. Null when it cannot be read
 * or is not UTF-8.
 */
export async function readPlan(ctx: ServerContext, uri: string): Promise<PlanSource | null> {
  const open = ctx.store.get(uri);
  if (open) return { uri, version: open.version, analysis: open.analysis };
  const path = filePath(uri);
  if (path === null) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch {
    return null;
  }
  const settings = ctx.settings.current;
  const analysis = new PlanAnalyzer().analyze(text, { today: settings.today, settings: settings.rules, locale: settings.locale });
  return { uri, version: null, analysis };
}
