// `import FILE --db F [--sheet NAME] [--dry-run] [--on-duplicate update|skip] [--json]`
// plus --skip-invalid (import valid rows, skip rows with errors) and --date-order dmy|mdy.
// Rows with errors refuse the whole import (exit 1, nothing written) unless --skip-invalid.
import fs from 'node:fs';
import { openPlanDb, type Db } from '../../../db/open';
import type { ImportProblem, ImportReport } from '../../api/import-types';
import { ImportRefusedError, runImport } from '../../services/import/service';
import { requireValue, UsageError } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand, CliIo } from '../types';
import { progressBar } from './import-progress';

/** The CLI's JSON keeps its shape: the catalogue code and values are for the app's UI. */
const plainProblem = ({ sheet, row, column, message }: ImportProblem) => ({ sheet, row, column, message });

function publicShape(r: ImportReport) {
  return {
    file: r.file,
    dryRun: r.dryRun,
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    skipped: r.skipped,
    sheets: r.sheets.map((s) => ({ name: s.name, rows: s.rows, skipped: s.skipped, ...(s.ignoredReason ? { ignoredReason: s.ignoredReason } : {}) })),
    errors: r.errors.map(plainProblem),
    warnings: r.warnings.map(plainProblem),
    importId: r.importId,
  };
}

function printHuman(io: CliIo, r: ImportReport): void {
  const lines = [
    `${r.dryRun ? 'Dry run of' : 'Imported'} ${r.file} (${r.format}${r.encoding ? `, ${r.encoding}` : ''}${r.delimiter ? `, delimiter ${JSON.stringify(r.delimiter)}` : ''})`,
    ...r.sheets.map((s) => `  Sheet ${s.name}: ${s.ignoredReason ? `left out (${s.ignoredReason})` : `${s.rows} rows, header on row ${s.headerRow}${s.sourceTool ? `, ${s.sourceTool}` : ''}, ${s.skipped} skipped`}`),
    `${r.dryRun ? 'Would add' : 'Added'} ${r.imported}, ${r.dryRun ? 'would update' : 'updated'} ${r.updated}, unchanged ${r.unchanged}, skipped ${r.skipped}.`,
    ...r.errors.map((e) => `  error: ${e.sheet ?? ''}${e.row ? ` row ${e.row}` : ''}${e.column ? ` [${e.column}]` : ''}: ${e.message}`),
    ...r.warnings.map((w) => `  warning: ${w.sheet ?? ''}${w.row ? ` row ${w.row}` : ''}${w.column ? ` [${w.column}]` : ''}: ${w.message}`),
  ];
  if (r.importId) lines.push(`Import number ${r.importId} (undo with: imports undo ${r.importId} --db FILE).`);
  io.out(lines.join('\n') + '\n');
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE --db FILE [--sheet NAME] [--dry-run] [--on-duplicate update|skip] [--skip-invalid] [--date-order dmy|mdy] [--json]',
  summary: 'Import an inventory (xlsx, xls, ods, csv, SADP/Milestone/nmap/Angry IP exports) in one transaction.',
  flags: { values: ['db', 'sheet', 'on-duplicate', 'date-order'], switches: ['dry-run', 'json', 'skip-invalid'] },
  run: (args, io) => {
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1) throw new UsageError('Name one file to import.');
    const onDuplicate = args.values.get('on-duplicate') ?? 'update';
    if (onDuplicate !== 'update' && onDuplicate !== 'skip') throw new UsageError('--on-duplicate takes update or skip.');
    const order = args.values.get('date-order')?.toUpperCase();
    if (order !== undefined && order !== 'DMY' && order !== 'MDY') throw new UsageError('--date-order takes dmy or mdy.');
    const json = args.switches.has('json');
    const dryRun = args.switches.has('dry-run');
    const planFile = requireValue(args, 'db');
    // A missing plan is created by a real import; a dry run checks against an empty plan in memory and writes no file.
    const usePlan = <T,>(fn: (p: { db: Db; user: string }) => Promise<T>): Promise<T> => {
      if (dryRun && !fs.existsSync(planFile)) {
        const db = openPlanDb(':memory:');
        return fn({ db, user: 'dry-run' }).finally(() => db.close());
      }
      return withPlan(args, (b) => fn({ db: b.db, user: b.user }), { create: true });
    };
    return usePlan(async (b) => {
      const bar = progressBar(io);
      try {
        const report = await runImport(
          { db: b.db, user: b.user, emit: bar.emit },
          { path: file, sheet: args.values.get('sheet'), dryRun, onDuplicate, acceptSkips: args.switches.has('skip-invalid'), dateOrder: order },
        );
        bar.end();
        if (json) writeJson(io, publicShape(report));
        else printHuman(io, report);
        return 0;
      } catch (err) {
        bar.end();
        if (err instanceof ImportRefusedError) {
          // Nothing was written: say so in the counts, and list every problem.
          const shown = { ...publicShape(err.report), dryRun: false, imported: 0, updated: 0, unchanged: 0, skipped: 0 };
          if (json) writeJson(io, shown);
          else printHuman(io, { ...err.report, ...shown, sheets: err.report.sheets });
          throw new ImportRefusedError(err.code, `${err.message.replace(/\.$/, '')} (rerun with --skip-invalid to import the other rows).`, err.report);
        }
        throw err;
      }
    });
  },
};
