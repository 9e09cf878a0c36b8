// The messages between the timeline panel and its page. Types only: the page's script (compiled
// for the browser, see webview/) and the extension (compiled for Node) both check against them.

/** An entry without a date, listed under the picture. */
export interface UndatedEntry {
  kind: string;
  id: string;
  plan: string;
  title: string;
  lane: string;
}

/** Messages from the webview to the extension. */
export type FromWebview =
  | { type: 'ready'; width: number }
  | { type: 'resize'; width: number }
  | { type: 'reveal'; kind: string; id: string; plan: string }
  | { type: 'export' };

/** Messages from the extension to the webview. */
export type ToWebview =
  | { type: 'render'; title: string; svg: string; undated: UndatedEntry[] }
  | { type: 'error'; message: string };
