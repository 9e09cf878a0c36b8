import { daysBetween } from '../dates';
import { MARKET_FRESH_DAYS } from '../insights/readiness';
import type { Rule } from './rule';

/** stale-market (SPEC §3): a backup plan's market research is more than a year old. */
export const staleMarketRule: Rule = {
  code: 'stale-market',
  reads: (model) => [model.plans],
  check({ model, today }, report) {
    for (const plan of model.plans) {
      const researched = plan.market?.researched;
      if (plan.kind?.value !== 'backup' || !researched?.valid) continue;
      const days = daysBetween(researched.text, today);
      if (days <= MARKET_FRESH_DAYS) continue;
      report(researched.node, 'stale-market', { plan: plan.id, researched: researched.text, days }, { plan: plan.id, days });
    }
  },
};
