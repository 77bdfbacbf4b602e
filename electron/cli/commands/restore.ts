import { requireValue } from '../args';
import { restoreBackup } from '../../services/backup';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore --db FILE --from BACKUP [--json]',
  summary: 'Replace the plan with one of its backups (a name from "backup --list", or a path); the current state is backed up first.',
  flags: { values: ['db', 'from'], switches: ['json'] },
  run: (args, io) => {
    const from = requireValue(args, 'from');
    return withPlan(args, (b) => {
      const r = restoreBackup(b, from, { allowPath: true });
      if (args.switches.has('json')) writeJson(io, { restored: r.restored, safetyBackup: r.safetyBackup, path: r.plan.path });
      else io.err(`Restored ${r.restored}; the state before it is kept as ${r.safetyBackup ?? '(none)'}.\n`);
      return 0;
    });
  },
};
