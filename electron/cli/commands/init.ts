import { generateSamplePlan } from '../../services/sample';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init --db FILE [--sample] [--json]',
  summary: 'Create a new plan file (or migrate an existing one); --sample fills it with the built-in sample.',
  flags: { values: ['db'], switches: ['sample', 'json'] },
  run: (args, io) =>
    withPlan(
      args,
      (b) => {
        if (args.switches.has('sample')) {
          const n = (b.db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
          if (n === 0) generateSamplePlan(b.db);
        }
        const info = b.info!;
        if (args.switches.has('json')) writeJson(io, { path: info.path });
        else io.err(`Plan ready: ${info.path}\n`);
        return 0;
      },
      { create: true },
    ),
};
