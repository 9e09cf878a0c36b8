import { tenthsBelow } from '../insights/runway';
import type { Rule } from './rule';

const MINIMUM_MONTHS = 3;
const DEFAULT_TARGET_MONTHS = 6;
const EPSILON = 1e-9;

/** emergency-fund (SPEC §3): savings cover under 3 months of expenses (warning) or under the target (info). */
export const emergencyFundRule: Rule = {
  code: 'emergency-fund',
  reads: (model) => [model.finances],
  check({ model }, report) {
    const finances = model.finances;
    const fund = finances?.emergencyFund;
    const expenses = finances?.monthlyExpenses;
    if (!fund || !expenses || expenses.value <= 0 || fund.value < 0) return;
    const configured = finances.targetMonths?.value;
    const target = configured !== undefined && configured > 0 ? configured : DEFAULT_TARGET_MONTHS;
    const months = fund.value / expenses.value;
    const shown = tenthsBelow(months);
    const args = { months: shown.toFixed(1), target: String(target) };
    const data = { months: shown, target, monthlyExpenses: expenses.value, emergencyFund: fund.value };
    if (below(months, MINIMUM_MONTHS)) {
      report(fund.node, 'emergency-fund', args, data, 'warning');
    } else if (below(months, target)) {
      report(fund.node, 'emergency-fund.below-target', args, data, 'info');
    }
  },
};

/** Amounts with cents divide with float noise: 19.2 / 3.2 must count as the 6 months it is. */
function below(months: number, limit: number): boolean {
  return months < limit - EPSILON;
}
