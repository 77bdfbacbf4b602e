import path from 'node:path';
import { exportToFile } from '../../services/export';
import type { ExportLang } from '../../domain/export/labels';
import { UsageError, requireValue } from '../args';
import { withPlan, writeJson } from '../backend';
import type { CliCommand } from '../types';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: [
    'export --db FILE --out FILE.xlsx [--redacted] [--csv] [--lang en|fr] [--json]',
    '',
    '  (default)          the plan workbook: Summary, Budget by fiscal year, Plan, Restricted devices,',
    '                     Review queue, Inventory, Sources, Audit log.',
    '  --redacted         the redacted summary workbook: counts, percentages and totals per fiscal year,',
    '                     with no site name, address, building, location, serial, MAC or IP.',
    '  --csv              the Inventory as CSV (UTF-8 with BOM, every field quoted; a text value starting',
    '                     with = + - @ tab or CR is prefixed with a single quote so no spreadsheet runs it).',
    '  --redacted --csv   the redacted summary as one CSV table: Section, Metric, Fiscal year, Value.',
    '  --lang             sheet and column names in English (default) or French.',
    '  --json             print {"path","bytes","sheets"} on stdout.',
    'The file is written to a temporary name and renamed into place: a failed export leaves nothing behind.',
  ].join('\n'),
  summary: 'Write the plan workbook, the redacted summary, or the inventory as CSV.',
  flags: { values: ['db', 'out', 'lang'], switches: ['redacted', 'csv', 'json'] },
  run: (args, io) => {
    const out = requireValue(args, 'out');
    const lang = args.values.get('lang') ?? 'en';
    if (lang !== 'en' && lang !== 'fr') throw new UsageError(`--lang must be en or fr, not "${lang}".`);
    if (args.positionals.length) throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
    return withPlan(args, (b) => {
      const result = exportToFile(b.db, b.info!.name, out, {
        redacted: args.switches.has('redacted'),
        csv: args.switches.has('csv'),
        lang: lang satisfies ExportLang,
      });
      if (args.switches.has('json')) writeJson(io, { path: path.resolve(out), bytes: result.bytes.length, sheets: result.sheets });
      else io.err(`Exported ${result.sheets.join(', ')} to ${out} (${result.bytes.length} bytes).\n`);
      return 0;
    });
  },
};
