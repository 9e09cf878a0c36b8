import { isIsoDate, localIsoDate, type IsoDate } from '../core/dates';
import { isLevel, isRuleCode, type Level } from '../core/codes';
import { pickLocale, type Locale } from '../core/messages/catalog';
import type { RuleLevels } from '../core/severity';
import type { InsightHintKind } from '../core/views/insightHints';
import type { CareerplanSettings, InlayHintSetting } from './protocol';
import type { Logger } from './runner';

/** The clock and timers the settings read, injectable so the midnight refresh can be tested. */
export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): { unref?(): void } | number;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => new Date(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** What every analysis of this server uses: the rule levels from the editor, today and the locale. */
export interface EffectiveSettings {
  rules: RuleLevels;
  today: IsoDate;
  todaySource: 'setting' | 'environment' | 'clock';
  locale: Locale;
  /** Which kinds of inlay hints are shown (all unless switched off). */
  inlayHints: Record<InsightHintKind, boolean>;
}

/** The setting name of each hint kind (`careerplan.inlayHints.skillGaps` switches off `skillGap` hints). */
const HINT_SETTINGS: Record<InsightHintKind, InlayHintSetting> = { runway: 'runway', skillGap: 'skillGaps', nextContact: 'nextContact', waiting: 'waiting' };

export interface SettingsOptions {
  log: Logger;
  /** `CAREERPLAN_TODAY` and friends. */
  env: Record<string, string | undefined>;
  /** The editor's display language from `initialize` (`locale`). */
  clientLocale?: string;
  clock?: Clock;
}

/**
 * The analysis options of the whole server. Any change (new settings, a new day) bumps `epoch`,
 * which invalidates every cached analysis, and tells the listeners (diagnostics re-validate all
 * open plans). "Today" is the `careerplan.today` setting, else `CAREERPLAN_TODAY`, else the local
 * date, which a timer re-reads at each local midnight so a long-open editor never keeps
 * yesterday's `overdue` findings.
 */
export class SettingsService {
  private raw: CareerplanSettings = {};
  private effective: EffectiveSettings;
  private timer: unknown;
  private readonly listeners: Array<() => void> = [];
  private readonly clock: Clock;
  epoch = 0;
  /** True once the first settings have been read from the client (or it had none to give). */
  isReady = false;
  private readonly readyWaiters: Array<() => void> = [];

  constructor(private readonly options: SettingsOptions) {
    this.clock = options.clock ?? SYSTEM_CLOCK;
    this.effective = this.compute();
  }

  get current(): EffectiveSettings {
    return this.effective;
  }

  /** Marks the first settings as read: validations waiting for them go ahead. */
  markReady(): void {
    if (this.isReady) return;
    this.isReady = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  /**
   * Resolves once the first settings are known, so the first diagnostics already follow them.
   * A client that never sends `initialized` is not waited for longer than `timeoutMs`.
   */
  whenReady(timeoutMs = 2000): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve) => {
      this.readyWaiters.push(resolve);
      const handle = this.clock.setTimeout(() => this.markReady(), timeoutMs);
      if (typeof handle === 'object') handle.unref?.();
    });
  }

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The editor's display language (from `initialize`), used when `careerplan.locale` is `auto`. */
  setClientLocale(locale: string | undefined): void {
    this.options.clientLocale = locale;
    this.refresh();
  }

  /** Applies the `careerplan` settings section (from `workspace/configuration` or a push). */
  update(raw: unknown): void {
    this.raw = sanitize(raw, this.options.log);
    this.refresh();
  }

  /** Re-reads "today" and the settings; tells the listeners when anything changed. */
  refresh(): void {
    const next = this.compute();
    if (JSON.stringify(next) === JSON.stringify(this.effective)) return;
    this.effective = next;
    this.epoch++;
    for (const listener of this.listeners) listener();
  }

  /** Starts the timer that re-reads the date just after each local midnight. */
  startMidnightTimer(): void {
    this.stopMidnightTimer();
    const now = this.clock.now();
    const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    const delay = Math.max(1000, nextMidnight.getTime() - now.getTime());
    const handle = this.clock.setTimeout(() => {
      this.refresh();
      this.startMidnightTimer();
    }, delay);
    if (typeof handle === 'object') handle.unref?.();
    this.timer = handle;
  }

  stopMidnightTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private compute(): EffectiveSettings {
    const fromSetting = this.raw.today?.trim();
    const fromEnv = this.options.env.CAREERPLAN_TODAY?.trim();
    let today: IsoDate;
    let todaySource: EffectiveSettings['todaySource'];
    if (fromSetting && isIsoDate(fromSetting)) {
      today = fromSetting;
      todaySource = 'setting';
    } else if (fromEnv && isIsoDate(fromEnv)) {
      today = fromEnv;
      todaySource = 'environment';
    } else {
      today = localIsoDate(this.clock.now());
      todaySource = 'clock';
    }
    const locale = !this.raw.locale || this.raw.locale === 'auto' ? pickLocale(this.options.clientLocale) : pickLocale(this.raw.locale);
    const hints = this.raw.inlayHints ?? {};
    const inlayHints = Object.fromEntries(Object.entries(HINT_SETTINGS).map(([kind, setting]) => [kind, hints[setting] !== false])) as Record<InsightHintKind, boolean>;
    return { rules: { ...(this.raw.rules as RuleLevels | undefined) }, today, todaySource, locale, inlayHints };
  }
}

/** Keeps only well-formed settings and says what was ignored (a typo must not be silent). */
function sanitize(raw: unknown, log: Logger): CareerplanSettings {
  if (!raw || typeof raw !== 'object') return {};
  const input = raw as Record<string, unknown>;
  const out: CareerplanSettings = {};
  if (input.rules && typeof input.rules === 'object') {
    const rules: Record<string, Level> = {};
    for (const [code, level] of Object.entries(input.rules as Record<string, unknown>)) {
      if (isRuleCode(code) && typeof level === 'string' && isLevel(level)) rules[code] = level;
      else log.warn(`careerplan.rules: ignoring "${code}": ${JSON.stringify(level)} (expected a rule code and one of error, warning, info, hint, off).`);
    }
    out.rules = rules;
  }
  if (typeof input.today === 'string' && input.today.trim()) {
    if (isIsoDate(input.today.trim())) out.today = input.today.trim();
    else log.warn(`careerplan.today: "${input.today}" is not a YYYY-MM-DD date; using the local date.`);
  }
  if (typeof input.locale === 'string') out.locale = input.locale;
  if (input.inlayHints && typeof input.inlayHints === 'object') {
    const hints: Partial<Record<InlayHintSetting, boolean>> = {};
    for (const [kind, on] of Object.entries(input.inlayHints as Record<string, unknown>)) {
      if ((Object.values(HINT_SETTINGS) as string[]).includes(kind) && typeof on === 'boolean') hints[kind as InlayHintSetting] = on;
      else log.warn(`careerplan.inlayHints: ignoring "${kind}": ${JSON.stringify(on)} (expected one of ${Object.values(HINT_SETTINGS).join(', ')} set to true or false).`);
    }
    out.inlayHints = hints;
  }
  return out;
}
