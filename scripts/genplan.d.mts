// Types for the plan generator, so TypeScript tests can import it.
export interface GeneratePlanOptions {
  /** Approximate size of the plan in lines (the generator hits it exactly above ~300 lines). */
  lines?: number;
  seed?: number;
  /** Main language of the texts; the other language is mixed in now and then. */
  lang?: 'en' | 'zh';
}
export declare const PLAN_TODAY: string;
export declare function mulberry32(seed: number): () => number;
export declare function generatePlan(options?: GeneratePlanOptions): string;
