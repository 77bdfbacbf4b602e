import { countSummary } from '../../../db/queries/devices';
import { activePolicyIds } from '../../services/policies';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const summaryCommand: CliCommand = {
  name: 'summary',
  usage: 'summary --db FILE [--json]',
  summary: 'Count devices by status, sites and active policies.',
  flags: { values: ['db'], switches: ['json'] },
  run: (args, io) =>
    withPlan(args, (b) => {
      const s = { ...countSummary(b.db), policies: activePolicyIds(b.db) };
      if (args.switches.has('json')) writeJson(io, s);
      else
        io.out(
          `Devices: ${s.devices}\nRestricted: ${s.restricted}\nReview: ${s.review}\nClear: ${s.clear}\nSites: ${s.sites}\nPolicies: ${s.policies.join(', ')}\n`,
        );
      return 0;
    }),
};
