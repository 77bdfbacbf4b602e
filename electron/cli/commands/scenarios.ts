// `scenarios`: list a plan's scenarios, or compare some side by side.
// Money is in dollars (numbers with at most 2 decimals), as in `plan --json`.
import { UserError } from '../../../db/errors';
import { findScenarioByName } from '../../../db/queries/plan';
import type { ScenarioInfo } from '../../api/plan-types';
import { centsToDollars } from '../../domain/plan/money';
import { compareScenarios, getPlan, listScenarios } from '../../services/plan';
import { UsageError } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const scenariosCommand: CliCommand = {
  name: 'scenarios',
  usage: 'scenarios --db FILE [--compare NAME,NAME,...] [--json]',
  summary: 'List the plan\'s scenarios with their parameters and results, or compare some side by side.',
  flags: { values: ['db', 'compare'], switches: ['json'] },
  run: (args, io) => {
    const compare = args.values.get('compare');
    const names = compare?.split(',').map((n) => n.trim()).filter(Boolean);
    if (compare !== undefined && (!names || names.length === 0)) throw new UsageError('--compare needs scenario names separated by commas.');
    return withPlan(args, (b) => {
      const db = b.db;
      if (names) {
        const ids = names.map((n) => {
          const row = findScenarioByName(db, n);
          if (!row) throw new UserError('NOT_FOUND', `There is no scenario named "${n}" in this plan (see "scenarios --db FILE").`);
          return row.id;
        });
        const c = compareScenarios(db, ids);
        const out = {
          fiscalYears: c.fiscalYears,
          scenarios: c.rows.map((r) => ({
            scenario: r.name,
            totalCost: centsToDollars(r.totalCostCents),
            fundedCost: centsToDollars(r.fundedCostCents),
            finishDate: r.finishDate,
            unfundedDevices: r.unfundedDevices,
            unfundedCost: centsToDollars(r.unfundedCostCents),
            byFiscalYear: r.byFiscalYear.map((y) => ({
              fy: y.fy,
              cap: centsToDollars(y.capCents),
              spend: centsToDollars(y.spendCents),
              remainingRestricted: y.restrictedRemaining,
            })),
          })),
        };
        if (args.switches.has('json')) writeJson(io, out);
        else io.out(out.scenarios.map((s) => `${s.scenario}: total $${s.totalCost}, finish ${s.finishDate ?? '—'}, unfunded ${s.unfundedDevices} ($${s.unfundedCost})`).join('\n') + '\n');
        return 0;
      }
      const list = listScenarios(db).map((s) => describe(db, s));
      if (args.switches.has('json')) writeJson(io, list);
      else io.out(list.map((s) => `${s.current ? '*' : ' '} ${s.name} (start ${s.start}, ${Object.keys(s.budgets).length} budgeted years)`).join('\n') + '\n');
      return 0;
    });
  },
};

function describe(db: Parameters<typeof getPlan>[0], s: ScenarioInfo) {
  const summary = s.runAt ? getPlan(db, s.id).summary : null;
  return {
    id: s.id,
    name: s.name,
    current: s.current,
    createdAt: s.createdAt,
    runAt: s.runAt,
    start: s.params.start,
    budgets: Object.fromEntries(s.params.budgets.map((b) => [b.fy, centsToDollars(b.capCents)])),
    capacity: s.params.capacity,
    escalation: s.params.escalationPct,
    contingency: s.params.contingencyPct,
    unitCosts: Object.fromEntries(Object.entries(s.params.unitCosts).map(([k, v]) => [k, centsToDollars(v ?? 0)])),
    includeReview: s.params.includeReview,
    phaseMode: s.params.phaseMode,
    fundedCost: summary ? centsToDollars(summary.fundedCostCents) : null,
    finishDate: summary ? summary.finishDate : null,
    unfundedDevices: summary ? summary.unfundedDevices : null,
    unfundedCost: summary ? centsToDollars(summary.unfundedCostCents) : null,
  };
}
