/**
 * The custom messages between the VS Code client and the language server, each declared once
 * with its method name, parameter and result types, and the side that sends it. Both sides
 * import this module, so a renamed method or a changed shape breaks the build, not the user.
 */
import { NotificationType, RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { IsoDate } from './core/dates';
import type { PlanView } from './core/views/planView';

export type {
  ActionView, ExperimentView, GoalView, PlanSummaryView, PlanView, ReviewView, SkillGapView,
} from './core/views/planView';

/** client → server: the view model of one open or indexed plan (null when the server does not know the document). */
export namespace PlanModelRequest {
  export const method = 'careerplan/planModel' as const;
  export interface Params {
    uri: string;
  }
  export type Result = PlanView | null;
  export const type = new RequestType<Params, Result, void>(method);
}

/** client → server: every plan in the workspace folders (open ones with their unsaved text). */
export namespace ListPlansRequest {
  export const method = 'careerplan/listPlans' as const;
  export type Params = Record<string, never>;
  export interface PlanEntry {
    uri: string;
    owner: string | null;
    overdueCount: number;
    reviewDue: boolean;
    /** True when the plan is open in the editor (its unsaved text was used). */
    open: boolean;
  }
  export interface Result {
    plans: PlanEntry[];
    /** False while the background index of the workspace is still being built. */
    complete: boolean;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** client → server: how long each request kind took (count, mean, max, last; milliseconds), for diagnosis. */
export namespace StatsRequest {
  export const method = 'careerplan/stats' as const;
  export type Params = Record<string, never>;
  export interface Timing {
    count: number;
    errors: number;
    cancelled: number;
    totalMs: number;
    maxMs: number;
    lastMs: number;
  }
  export interface Result {
    handlers: Record<string, Timing>;
    /** Per analysed document version: milliseconds spent in the analysis. */
    analyses: { count: number; totalMs: number; maxMs: number; lastMs: number };
    openDocuments: number;
    indexedPlans: number;
    /** The server process's memory (bytes), as Node reports it. */
    memory: { rss: number; heapUsed: number };
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * server → client: a plan was analysed again (new text, new settings, or a new day). Sent only
 * when the client asks for it with the initialization option `analysisNotifications: true`, so
 * that other editors see nothing they do not know.
 */
export namespace AnalysisChangedNotification {
  export const method = 'careerplan/analysisChanged' as const;
  export interface Params {
    uri: string;
    version: number;
    today: IsoDate;
    overdueCount: number;
    reviewDue: boolean;
    hasSyntaxErrors: boolean;
  }
  export const type = new NotificationType<Params>(method);
}

/**
 * client → server: an edit of one plan, computed from the analysis of exactly `version` (refused
 * when the document has moved on, or has syntax errors or merge conflicts). The answer is either
 * a `WorkspaceEdit` holding one `TextDocumentEdit` for that version (apply it as one undo step),
 * or a message for the user.
 */
export namespace PlanEditRequest {
  export const method = 'careerplan/edit' as const;
  export type Kind = 'markDone' | 'snooze' | 'setDue';
  export interface Edit {
    kind: Kind;
    actionId: string;
    /** snooze: days to move the due date by (default 7). */
    days?: number;
    /** setDue: the new due date. */
    date?: IsoDate;
  }
  export interface Params {
    uri: string;
    version: number;
    edit: Edit;
  }
  export interface Result {
    edit?: WorkspaceEdit;
    /** Why no edit was made, in the server's locale. */
    error?: string;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** The commands that code lenses and code actions name; the VS Code client implements them. */
export { CLIENT_COMMANDS as ClientCommands } from './core/fixes/clientCommands';

/** The argument of `careerplan.markDone` and `careerplan.snooze` from a code lens. */
export interface ActionCommandArgs {
  uri: string;
  actionId: string;
}

/** `careerplan.startReview` from a code lens or code action takes `[uri]`. */
export type StartReviewArgs = [uri: string];

/** The settings the server reads (section `careerplan` of `workspace/configuration`). */
export interface CareerplanSettings {
  /** Rule code → error | warning | info | hint | off. The file's own `rules:` wins. */
  rules?: Record<string, string>;
  /** YYYY-MM-DD; empty means the local date. */
  today?: string;
  /** `auto` (the editor's language), `en` or `zh-cn`. */
  locale?: string;
}

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Settings for clients that do not answer `workspace/configuration`. */
  careerplan?: CareerplanSettings;
  /** Send `careerplan/analysisChanged` notifications. */
  analysisNotifications?: boolean;
}
