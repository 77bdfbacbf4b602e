import { createBackup, listPlanBackups } from '../../services/backup';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --db FILE [--list] [--json]',
  summary: 'Back up the plan now (kept with the automatic ones in backups/ next to it), or --list its backups, newest first.',
  flags: { values: ['db'], switches: ['list', 'json'] },
  run: (args, io) =>
    withPlan(args, (b) => {
      const json = args.switches.has('json');
      if (args.switches.has('list')) {
        const list = listPlanBackups(b);
        if (json) writeJson(io, list);
        else if (list.length === 0) io.err('No backups of this plan yet.\n');
        else io.out(list.map((e) => `${e.name}\t${e.reason}\t${e.createdAt}\t${e.sizeBytes}`).join('\n') + '\n');
        return 0;
      }
      const entry = createBackup(b);
      if (json) writeJson(io, entry);
      else io.err(`Backed up to ${entry.path}\n`);
      return 0;
    }),
};
