import type { Feature } from '../context';
import * as calendar from './calendar';
import * as codeActions from './codeActions';
import * as codeLens from './codeLens';
import * as completion from './completion';
import * as definition from './definition';
import * as diagnostics from './diagnostics';
import * as documentSymbols from './documentSymbols';
import * as foldingRanges from './foldingRanges';
import * as history from './history';
import * as hover from './hover';
import * as inlayHints from './inlayHints';
import * as planEdit from './planEdit';
import * as planModel from './planModel';
import * as references from './references';
import * as rename from './rename';
import * as report from './report';
import * as review from './review';
import * as selectionRanges from './selectionRanges';
import * as timeline from './timeline';
import * as workspaceSymbols from './workspaceSymbols';

/**
 * Every feature provider, registered in this order by `startServer`. A new provider is one file
 * under features/ plus one line here and its capability in capabilities.ts.
 */
export const FEATURES: readonly Feature[] = [
  diagnostics,
  completion,
  hover,
  definition,
  references,
  rename,
  documentSymbols,
  workspaceSymbols,
  foldingRanges,
  selectionRanges,
  planModel,
  codeActions,
  codeLens,
  inlayHints,
  planEdit,
  review,
  history,
  timeline,
  report,
  calendar,
];
