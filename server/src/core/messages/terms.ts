/**
 * Structured message arguments that each catalogue puts into words itself: where in the plan a
 * finding is, and what a value should be. Passing English phrases instead would paste English
 * into every other language's messages.
 */

/** The kinds of entry of the id-keyed sections. */
export type EntryKind = 'skill' | 'goal' | 'plan' | 'action' | 'contact' | 'obstacle';

/** A place in the plan. Ids, keys and paths stay as written in the file. */
export type Place =
  | { at: 'plan' }
  /** A top-level section, by its key. */
  | { at: 'section'; section: string }
  | { at: 'entry'; kind: EntryKind; id: string }
  | { at: 'experiment'; id: string }
  | { at: 'needs'; plan: string }
  | { at: 'need'; plan: string; skill: string }
  | { at: 'review-log' }
  /** 1-based. */
  | { at: 'review-log-entry'; index: number }
  /** A key path (`review.every`), inside an entry when `of` is set. */
  | { at: 'field'; path: string; of?: Place }
  /** 1-based position in a list. */
  | { at: 'item'; index: number; of: Place }
  /** A skill written as a bare level. */
  | { at: 'skill-level'; skill: string }
  /** A plan's need written as a bare level. */
  | { at: 'need-level'; plan: string; skill: string };

/** What a value should be; a list of them reads "… or …". */
export type Expected =
  | { is: 'number'; integer: boolean; min?: number; max?: number; above?: number }
  /** A map with these keys; `example` is written YAML (`{ level: 2 }`), or ''. */
  | { is: 'map-with'; keys: string[]; example: string }
  | { is: 'text' | 'list' | 'map' | 'boolean' | 'empty' | 'any' }
  /** Text, for a value the YAML reads as a number or boolean: quoting it keeps it as text. */
  | { is: 'quoted-text'; value: string };

/** What the document is instead of a map of sections. */
export type DocumentShape = 'list' | 'scalar';
