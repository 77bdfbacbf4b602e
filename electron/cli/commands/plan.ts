// `plan`: set a scenario's parameters from flags, run the scheduler, store and
// print the result. Flags are stored, so a later `plan --db F --json` reruns
// with the same parameters on the current inventory.
//
// JSON money fields are dollars as numbers with at most 2 decimals (users
// script this output); everything is computed in integer cents and converted
// once at the end. finishDate is the last day of the last month with work, or
// null when part of the scope is unfunded (the plan does not finish) or there
// is nothing to do. Unfunded items are listed with "date": null.
import { UserError } from '../../../db/errors';
import { findScenarioByName } from '../../../db/queries/plan';
import type { PlanResult } from '../../api/plan-types';
import { centsToDollars } from '../../domain/plan/money';
import { backupBeforeChange } from '../../services/backup';
import { copyScenario, getScenario, runPlan, selectScenario, setPlanParams } from '../../services/plan';
import { UsageError } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';
import { paramsFromFlags } from './plan-flags';

export const planCommand: CliCommand = {
  name: 'plan',
  usage:
    'plan --db FILE [--start YYYY-MM-DD] [--budget 2026-27=AMOUNT,2027-28=AMOUNT] [--unit-cost camera=AMOUNT,nvr=AMOUNT] [--capacity N] [--escalation PCT] [--contingency PCT] [--scenario NAME] [--json]',
  summary:
    'Schedule the replacement of restricted devices within yearly budget caps (fiscal years 1 April – 31 March) and monthly install capacity. Flags are stored on the scenario; a new --scenario NAME copies the current one. AMOUNTs and JSON money are dollars with cents; unfunded items have "date": null and finishDate is null while any are left.',
  flags: { values: ['db', 'start', 'budget', 'unit-cost', 'capacity', 'escalation', 'contingency', 'scenario'], switches: ['json'] },
  run: (args, io) => {
    const change = paramsFromFlags(args); // usage errors before the file is touched
    const scenarioName = args.values.get('scenario');
    if (scenarioName !== undefined && !scenarioName.trim()) throw new UsageError('--scenario needs a name.');
    return withPlan(args, (b) => {
      const db = b.db;
      backupBeforeChange(b, null, 'plan'); // before the transaction: VACUUM INTO cannot run inside one
      const result = db.transaction(() => {
        if (scenarioName !== undefined) {
          const found = findScenarioByName(db, scenarioName);
          selectScenario(db, found ? found.id : copyScenario(db, scenarioName, undefined, { run: false }).id);
        }
        const info = getScenario(db);
        const next = { ...info.params, ...change };
        if (next.budgets.length === 0) {
          throw new UsageError('This plan has no budget yet: give --start and --budget 2026-27=AMOUNT,... (they are stored for later runs).');
        }
        try {
          setPlanParams(db, change, info.id, b.user);
        } catch (err) {
          // A value that parses but does not fit the others (a budget year before --start) is still bad usage.
          if (err instanceof UserError && err.code === 'BAD_PARAMS') throw new UsageError(err.message);
          throw err;
        }
        return { name: info.name, plan: runPlan(db, info.id) };
      })();
      if (args.switches.has('json')) writeJson(io, toJson(result.name, result.plan));
      else io.out(toText(result.name, result.plan));
      return 0;
    });
  },
};

export function toJson(scenario: string, r: PlanResult) {
  return {
    scenario,
    finishDate: r.finishDate,
    unfundedDevices: r.unfundedDevices,
    unfundedCost: centsToDollars(r.unfundedCostCents),
    byFiscalYear: r.byFiscalYear.map((y) => ({
      fy: y.fy,
      cap: centsToDollars(y.capCents),
      spend: centsToDollars(y.spend.totalCents),
      devices: y.devices,
      remainingRestricted: y.restrictedRemaining,
    })),
    items: r.items.map((i) => ({ deviceId: i.deviceId, site: i.siteName, phase: i.phase, date: i.month, cost: centsToDollars(i.cost.totalCents) })),
  };
}

const money = (cents: number) => `$${(cents / 100).toLocaleString('en-CA', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function toText(scenario: string, r: PlanResult): string {
  const lines = [
    `Scenario: ${scenario}`,
    `Devices in scope: ${r.scopeDevices} (funded ${r.fundedDevices}, unfunded ${r.unfundedDevices})`,
    `Funded cost: ${money(r.fundedCostCents)}; unfunded backlog: ${money(r.unfundedCostCents)}`,
    `Finish: ${r.finishDate ?? (r.unfundedDevices > 0 ? 'not within the budgeted years' : 'nothing to replace')}`,
    '',
    'Fiscal year   Cap              Spend            Devices  Restricted left',
    ...r.byFiscalYear.map(
      (y) => `${y.fy.padEnd(13)} ${money(y.capCents).padEnd(16)} ${money(y.spend.totalCents).padEnd(16)} ${String(y.devices).padEnd(8)} ${y.restrictedRemaining}`,
    ),
    ...r.warnings.map((w) => `Warning: ${JSON.stringify(w)}`),
    '',
  ];
  return lines.join('\n');
}
