import type { Rule } from './rule';

const MINIMUM_MONTHS = 3;
const DEFAULT_TARGET_MONTHS = 6;

/** emergency-fund (SPEC §3): savings cover under 3 months of expenses (warning) or under the target (info). */
export const emergencyFundRule: Rule = {
  code: 'emergency-fund',
  check({ model }, report) {
    const finances = model.finances;
    const fund = finances?.emergencyFund;
    const expenses = finances?.monthlyExpenses;
    if (!fund || !expenses || expenses.value <= 0 || fund.value < 0) return;
    const configured = finances.targetMonths?.value;
    const target = configured !== undefined && configured > 0 ? configured : DEFAULT_TARGET_MONTHS;
    const months = fund.value / expenses.value;
    const args = { months: formatMonths(months), target: String(target) };
    const data = { months: Math.round(months * 100) / 100, target, monthlyExpenses: expenses.value, emergencyFund: fund.value };
    if (months < MINIMUM_MONTHS) {
      report(fund.node, 'emergency-fund', args, data, 'warning');
    } else if (months < target) {
      report(fund.node, 'emergency-fund.below-target', args, data, 'info');
    }
  },
};

/**
 * One decimal, rounded down: 2.96 months reads "2.9", never "3.0" next to advice to reach 3.
 * The epsilon keeps float noise (2.9999999…) from dropping a tenth that is really there.
 */
function formatMonths(months: number): string {
  return (Math.floor(months * 10 + 1e-9) / 10).toFixed(1);
}
