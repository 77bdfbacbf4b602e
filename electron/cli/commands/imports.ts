// `imports list --db F [--json]` and `imports undo ID --db F [--json]`: import history and undo.
import { listImports } from '../../../db/queries/imports';
import { undoImport } from '../../services/import/undo';
import { UsageError } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const importsCommand: CliCommand = {
  name: 'imports',
  usage: 'imports list --db FILE [--json] | imports undo ID --db FILE [--json]',
  summary: 'Show the import history, or undo one import as a whole.',
  flags: { values: ['db'], switches: ['json'] },
  run: (args, io) => {
    const [verb, idText, ...rest] = args.positionals;
    if (rest.length > 0) throw new UsageError('Too many arguments.');
    if (verb === 'list' || verb === undefined) {
      return withPlan(args, (b) => {
        const list = listImports(b.db);
        if (args.switches.has('json')) writeJson(io, list);
        else for (const i of list) io.out(`${i.id}\t${i.startedAt}\t${i.fileName}\t+${i.inserted} ~${i.updated} =${i.unchanged} -${i.skipped}${i.undoneAt ? `\tundone ${i.undoneAt}` : ''}\n`);
        return 0;
      });
    }
    if (verb !== 'undo') throw new UsageError(`Unknown action "${verb}": use list or undo.`);
    const id = Number(idText);
    if (!idText || !Number.isInteger(id) || id <= 0) throw new UsageError('Name the import number to undo (see "imports list").');
    return withPlan(args, (b) => {
      const r = undoImport(b.db, id, b.user);
      if (args.switches.has('json')) writeJson(io, r);
      else io.out(`Undid import ${r.importId}: removed ${r.removed} devices, restored ${r.restored}.\n`);
      return 0;
    });
  },
};
