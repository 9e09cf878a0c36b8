import type { RuleCode, Severity } from '../codes';
import type { IsoDate } from '../dates';
import type { MessageArgs, MessageId } from '../messages/catalog';
import type { PlanModel } from '../model/types';

/** A source span in offsets (the model's nodes are spans). */
export interface Span {
  start: number;
  end: number;
}

export interface RuleContext {
  model: PlanModel;
  /** "Today" is injected: a rule never reads the clock. */
  today: IsoDate;
  /**
   * The rule's own store for this document, kept from one analysis to the next (see kept.ts);
   * absent for a one-off analysis. What a rule keeps must never change what it finds.
   */
  kept?: Map<string, unknown>;
}

/** Extra facts a finding carries for quick fixes (plain JSON, travels in `Diagnostic.data`). */
export type FindingData = Record<string, string | number | boolean | null | string[]>;

/**
 * Reports a finding. `severity` is for rules whose SPEC row has two levels (emergency-fund is a
 * warning below 3 months and info below the target); a level configured by the user wins.
 */
export interface Report {
  <K extends MessageId>(span: Span, message: K, args: MessageArgs<K>, data?: FindingData, severity?: Severity): void;
}

/** One rule: one file under rules/, registered in rules/index.ts. */
export interface Rule {
  code: RuleCode;
  /**
   * Everything of the model the rule reads (besides today), as objects compared by identity.
   * The parser and the model keep the objects of sections an edit did not touch, so when each is
   * the object the last analysis of the document gave, the findings are the same and the rule
   * does not run again: its reports are replayed (their spans are tree nodes, which move with
   * their text). A rule without `reads`, or one whose findings depend on anything it does not
   * list, runs on every analysis.
   */
  reads?(model: PlanModel): readonly unknown[];
  check(context: RuleContext, report: Report): void;
}
