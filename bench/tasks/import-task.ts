// One import measurement in a fresh process (so peak RSS belongs to this run
// alone). Modes:
//   read   FILE        the baseline: read the bytes and XLSX.read them with the
//                      import's own READ_OPTIONS, nothing else.
//   import FILE DBFILE the real import service (child-process parse, map,
//                      normalise, write, re-tag) into a new plan file, while
//                      monitorEventLoopDelay watches this (the UI-serving) process.
// Prints one JSON line on stdout.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { openPlanDb } from '../../db/open';
import { forkLauncher, setParserLauncher } from '../../electron/services/import/launcher';
import { runImport } from '../../electron/services/import/service';
import { READ_OPTIONS } from '../../electron/services/import/workbook';

const [mode, file, dbFile] = process.argv.slice(2);

/** Peak resident set of a live process, bytes (VmHWM from /proc; null off Linux). */
function peakRssOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (mode === 'read') {
    const t0 = performance.now();
    const wb = XLSX.read(fs.readFileSync(file), { ...READ_OPTIONS, type: 'buffer' });
    const ms = performance.now() - t0;
    const rows = (wb.Sheets[wb.SheetNames[0]] as { '!data'?: unknown[] })['!data']?.length ?? 0;
    process.stdout.write(JSON.stringify({ ms, rows, maxRss: process.resourceUsage().maxRSS * 1024 }) + '\n');
    return;
  }
  if (mode !== 'import' || !file || !dbFile) throw new Error('usage: import-task read FILE | import FILE DBFILE');
  const db = openPlanDb(dbFile);
  // The parser child's peak RSS (VmHWM only grows): polled while it lives, since
  // after a large answer it exits on its own before the parent has read it all.
  let childPeak: number | null = null;
  const polls: NodeJS.Timeout[] = [];
  setParserLauncher((modulePath, args, execArgv) => {
    const child = forkLauncher(modulePath, args, execArgv);
    const pid = (child as { pid?: number }).pid;
    const sample = () => {
      const v = peakRssOf(pid);
      if (v !== null) childPeak = Math.max(childPeak ?? 0, v);
    };
    polls.push(setInterval(sample, 20));
    child.on('message', sample);
    child.on('exit', () => polls.forEach(clearInterval));
    return child;
  });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let progressEvents = 0;
  loop.enable();
  const t0 = performance.now();
  const report = await runImport({ db, user: 'bench', emit: () => progressEvents++ }, { path: file });
  const ms = performance.now() - t0;
  loop.disable();
  const devices = (db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n;
  const restricted = (db.prepare("SELECT COUNT(*) AS n FROM devices WHERE status = 'restricted'").get() as { n: number }).n;
  db.close();
  process.stdout.write(
    JSON.stringify({
      ms,
      devices,
      restricted,
      imported: report.imported,
      // monitorEventLoopDelay reports nanoseconds; max is the longest single stall.
      maxStallMs: loop.max / 1e6,
      p99StallMs: loop.percentile(99) / 1e6,
      parentPeakRss: process.resourceUsage().maxRSS * 1024,
      childPeakRss: childPeak,
      progressEvents,
    }) + '\n',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
