/**
 * The custom messages between the VS Code client and the language server, each declared once
 * with its method name, parameter and result types, and the side that sends it. Both sides
 * import this module, so a renamed method or a changed shape breaks the build, not the user.
 */
import { NotificationType, RequestType, type WorkDoneProgressParams, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { IsoDate } from '../core/dates';
import type { ContactNote } from '../core/edits/logContact';
import type { ProgressChanges } from '../core/history/changes';
import type { ReviewAnswers, ReviewChecklist } from '../core/review';
import type { TimelineModel } from '../core/timeline';
import type { PlanView } from '../core/views/planView';
import type { HistoryRow } from '../node/git/history';

export type {
  BackupPlanReadiness, ContactInsight, Criterion, CriterionId, NextAction, PlanInsights, Runway, SkillGapInsight,
} from '../core/insights/types';
export type {
  ActionView, ContactView, ExperimentView, GoalView, PlanSummaryView, PlanView, ReviewView, SkillGapView,
} from '../core/views/planView';

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
  export type Kind = 'markDone' | 'snooze' | 'setDue' | 'logContact';
  export interface Edit {
    kind: Kind;
    /** The action (markDone, snooze, setDue) or the network contact (logContact) to change. */
    actionId: string;
    /** snooze: days to move the due date by (default 7). */
    days?: number;
    /** setDue: the new due date. */
    date?: IsoDate;
    /** logContact: what you got and gave in this contact (at least one), written as a `log` entry dated today. */
    note?: ContactNote;
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

/**
 * client → server: whether the user trusts the workspace (VS Code's workspace trust). Git reads
 * the repository's config, which can name programs to run, so the server starts no git process
 * while untrusted. The initial state is the initialization option `workspaceTrusted`.
 */
export namespace WorkspaceTrustNotification {
  export const method = 'careerplan/workspaceTrust' as const;
  export interface Params {
    trusted: boolean;
  }
  export const type = new NotificationType<Params>(method);
}

/** Why the server has no git answer for a plan; `message` is for logs (the client words it for users). */
export interface GitUnavailable {
  kind: 'not-in-git' | 'untrusted' | 'git-unavailable' | 'git-error' | 'aborted';
  message: string;
}

/**
 * client → server: the commits that touched a plan, newest first, following renames, with the
 * progress at each (cached by blob id in the server, so asking again is cheap). Reports
 * `$/progress` on the request's `workDoneToken` while it reads versions.
 */
export namespace HistoryRequest {
  export const method = 'careerplan/history' as const;
  export interface Params extends WorkDoneProgressParams {
    uri: string;
  }
  export type Row = HistoryRow;
  export type Result = { kind: 'ok'; root: string; path: string; rows: HistoryRow[] } | GitUnavailable;
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * client → server: what moved forward since the last review: the plan's commit at or before
 * `review.last` against the working copy (the open document's text when it is open).
 */
export namespace ChangesSinceReviewRequest {
  export const method = 'careerplan/changesSinceReview' as const;
  export interface Params {
    uri: string;
  }
  export type Result =
    | {
        kind: 'ok';
        lastReview: IsoDate | null;
        /** The commit compared with the working copy; null when the plan has no earlier commit. */
        base: { commit: string; date: string } | null;
        /** Commits of the plan since the base. */
        commits: number;
        changes: ProgressChanges;
      }
    | GitUnavailable;
  export const type = new RequestType<Params, Result, void>(method);
}

/** client → server: the text of one version of a plan (a blob id from `careerplan/history`), for a read-only diff. */
export namespace PlanAtCommitRequest {
  export const method = 'careerplan/planAtCommit' as const;
  export interface Params {
    uri: string;
    blob: string;
  }
  export type Result = { kind: 'ok'; text: string } | GitUnavailable;
  export const type = new RequestType<Params, Result, void>(method);
}

/** client → server: the steps of a guided review of exactly `version` of a plan, in the server's locale. */
export namespace ReviewChecklistRequest {
  export const method = 'careerplan/reviewChecklist' as const;
  export interface Params {
    uri: string;
    version: number;
    /** Actions the user has marked done in this review so far: the skills they develop join `skills`. */
    actionsDoneNow?: string[];
  }
  export interface Result {
    checklist?: ReviewChecklist;
    /** Why there is no checklist (syntax errors, conflicts, a stale version), in the server's locale. */
    error?: string;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * client → server: a whole review as one edit of exactly `version` (action decisions, ratings,
 * skill levels, `review.last` and a `review.log` entry); like `careerplan/edit`, a
 * `WorkspaceEdit` with one `TextDocumentEdit` for that version, or a message for the user.
 */
export namespace ApplyReviewRequest {
  export const method = 'careerplan/applyReview' as const;
  export interface Params {
    uri: string;
    version: number;
    answers: ReviewAnswers;
  }
  export type Result = PlanEditRequest.Result;
  export const type = new RequestType<Params, Result, void>(method);
}

/** client → server: the plan on a date axis (lanes per plan; null when the server does not know the document). */
export namespace TimelineRequest {
  export const method = 'careerplan/timeline' as const;
  export interface Params {
    uri: string;
  }
  export type Result = (TimelineModel & { uri: string; version: number | null }) | null;
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * client → server: an iCalendar (RFC 5545) file of the open dated actions and next-contact dates
 * of these plans (open ones with their unsaved text, others read from disk).
 */
export namespace CalendarRequest {
  export const method = 'careerplan/calendar' as const;
  export interface Params {
    uris: string[];
  }
  export interface Result {
    ics: string;
    events: number;
    /** Plans left out: unreadable, or with YAML syntax errors. */
    skipped: Array<{ uri: string; reason: 'unreadable' | 'syntax-errors' }>;
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * The code action kind of "fix every unambiguous problem" (the closest enum value, a real date,
 * an id one letter away): `"editor.codeActionsOnSave": { "source.fixAll.careerplan": "explicit" }`.
 */
export const FIX_ALL_KIND = 'source.fixAll.careerplan';

/**
 * client → server: the report of SPEC §6 for one plan as the core's standalone HTML page (inline
 * CSS and SVG, no script, nothing loaded), in the server's locale; null when the plan cannot be read.
 */
export namespace ReportRequest {
  export const method = 'careerplan/report' as const;
  export interface Params {
    uri: string;
  }
  export type Result = { uri: string; version: number | null; html: string } | null;
  export const type = new RequestType<Params, Result, void>(method);
}

/** The commands that code lenses and code actions name; the VS Code client implements them. */
export { CLIENT_COMMANDS as ClientCommands } from '../core/fixes/clientCommands';

/** The argument of `careerplan.markDone` and `careerplan.snooze` from a code lens. */
export interface ActionCommandArgs {
  uri: string;
  actionId: string;
}

/** The argument of `careerplan.showReadiness` from a readiness code lens. */
export interface ReadinessCommandArgs {
  uri: string;
  planId: string;
}

/** The settings the server reads (section `careerplan` of `workspace/configuration`). */
export interface CareerplanSettings {
  /** Rule code → error | warning | info | hint | off. The file's own `rules:` wins. */
  rules?: Record<string, string>;
  /** YYYY-MM-DD; empty means the local date. */
  today?: string;
  /** `auto` (the editor's language), `en` or `zh-cn`. */
  locale?: string;
  /** Inlay hints by kind (`runway`, `skillGaps`, `nextContact`, `waiting`); each is on unless set to false. */
  inlayHints?: Partial<Record<InlayHintSetting, boolean>>;
}

/** The inlay hint kinds a user can switch off (`careerplan.inlayHints.<kind>`). */
export type InlayHintSetting = 'runway' | 'skillGaps' | 'nextContact' | 'waiting';

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** Settings for clients that do not answer `workspace/configuration`. */
  careerplan?: CareerplanSettings;
  /** Send `careerplan/analysisChanged` notifications. */
  analysisNotifications?: boolean;
  /** Whether the workspace is trusted (git is run only then): only boolean true trusts; when absent, trusted. See `WorkspaceTrustNotification`. */
  workspaceTrusted?: boolean;
}
