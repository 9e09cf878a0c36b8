import type { SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { knownPlans, type KnownPlan } from '../openPlans';
import { SYMBOL_KIND } from '../symbolKinds';

/** More results than this are of no use in a picker and cost time to send. */
const MAX_RESULTS = 1000;

/** How well a symbol name matches a query: prefix beats substring beats subsequence; -1 for no match. */
export function matchScore(name: string, query: string): number {
  if (!query) return 1;
  const n = name.toLowerCase();
  const q = query.toLowerCase();
  if (n.startsWith(q)) return 3;
  if (n.includes(q)) return 2;
  let i = 0;
  for (const c of n) if (c === q[i]) i++;
  return i === q.length ? 1 : -1;
}

/** Workspace symbols: the entries of every plan in the workspace (open plans from their unsaved text). */
export function provideWorkspaceSymbols(plans: KnownPlan[], query: string): SymbolInformation[] {
  const scored: Array<[number, SymbolInformation]> = [];
  for (const plan of plans) {
    for (const symbol of plan.summary.symbols) {
      let score = matchScore(symbol.name, query);
      // A query that names what an entry is about ("course") finds it too, after name matches.
      if (score < 0 && symbol.detail?.toLowerCase().includes(query.toLowerCase())) score = 0;
      if (score < 0) continue;
      scored.push([score, { name: symbol.name, kind: SYMBOL_KIND[symbol.kind], containerName: symbol.detail ? `${symbol.container} · ${symbol.detail}` : symbol.container, location: { uri: plan.uri, range: symbol.selectionRange } }]);
    }
  }
  scored.sort((a, b) => b[0] - a[0] || a[1].name.localeCompare(b[1].name));
  return scored.slice(0, MAX_RESULTS).map(([, symbol]) => symbol);
}

export function register(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(
    ctx.runner.request('workspace/symbol', () => [], async (params: WorkspaceSymbolParams) => {
      await ctx.index.settled();
      return provideWorkspaceSymbols(knownPlans(ctx), params.query);
    }),
  );
}
