// One import measurement in a fresh process (so peak RSS belongs to this run
// alone). Modes:
//   read   FILE        the baseline: read the bytes and XLSX.read them with the
//                      import's own READ_OPTIONS, nothing else.
//   floor  FILE DBFILE the least any import must do, for reference: the same
//                      read, then every row's cells inserted as text into one
//                      bare table (no index, no search index, no checks, no
//                      tagging, no undo record) in one transaction of a plan
//                      file opened as the app opens it.
//   import FILE DBFILE the real import service (child-process parse, map,
//                      normalise, write, re-tag) into a new plan file, while
//                      monitorEventLoopDelay watches this (the UI-serving) process.
// Prints one JSON line on stdout.
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { openPlanDb } from '../../db/open';
import { runImportOffThread } from '../../electron/services/import/import-thread';
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

/** Pids of this process's children (Linux /proc; empty elsewhere). */
function childPids(): number[] {
  try {
    return fs
      .readdirSync(`/proc/${process.pid}/task`)
      .flatMap((t) => fs.readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
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
  if (mode === 'floor' && file && dbFile) {
    const t0 = performance.now();
    const wb = XLSX.read(fs.readFileSync(file), { ...READ_OPTIONS, type: 'buffer' });
    const rows = ((wb.Sheets[wb.SheetNames[0]] as { '!data'?: Array<Array<{ v?: unknown } | undefined> | undefined> })['!data'] ?? []).slice(1);
    const width = Math.max(...rows.slice(0, 100).map((r) => r?.length ?? 0));
    const db = openPlanDb(dbFile);
    const cols = Array.from({ length: width }, (_, i) => `c${i}`);
    db.exec(`CREATE TABLE floor (${cols.map((c) => `${c} TEXT`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO floor VALUES (${cols.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const r of rows) insert.run(cols.map((_, i) => { const v = r?.[i]?.v; return v === undefined || v === null ? null : String(v); }));
    })();
    const ms = performance.now() - t0;
    db.close();
    process.stdout.write(JSON.stringify({ ms, rows: rows.length }) + '\n');
    return;
  }
  if (mode !== 'import' || !file || !dbFile) throw new Error('usage: import-task read FILE | floor FILE DBFILE | import FILE DBFILE');
  const db = openPlanDb(dbFile);
  // The parser child's peak RSS (VmHWM only grows), polled while it lives: it is
  // forked by the import's worker thread, and after a large answer it exits on
  // its own, so every child process of this one is sampled every 20 ms.
  const childPeaks = new Map<number, number>();
  const pollChildren = setInterval(() => {
    for (const pid of childPids()) {
      const v = peakRssOf(pid);
      if (v !== null) childPeaks.set(pid, Math.max(childPeaks.get(pid) ?? 0, v));
    }
  }, 20);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let progressEvents = 0;
  // When each phase first reported, ms from the start: read (parse child), check (map, normalise, match), write (incl. re-tag), done.
  const phaseStart: Record<string, number> = {};
  loop.enable();
  // A second, independent measure of the same thing: the longest gap between 10 ms ticks.
  let lastTick = performance.now();
  let maxGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - lastTick - 10);
    lastTick = now;
  }, 10);
  const t0 = performance.now();
  // The function the import:run API handler calls, as the browser-mode server and Electron main do.
  const report = await runImportOffThread({ db, user: 'bench', emit: (p) => {
    progressEvents++;
    phaseStart[p.phase] ??= performance.now() - t0;
  } }, { path: file });
  const ms = performance.now() - t0;
  loop.disable();
  clearInterval(ticker);
  clearInterval(pollChildren);
  const childPeak = childPeaks.size ? Math.max(...childPeaks.values()) : null;
  maxGap = Math.max(maxGap, performance.now() - lastTick - 10);
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
      maxTickGapMs: maxGap,
      parentPeakRss: process.resourceUsage().maxRSS * 1024,
      childPeakRss: childPeak,
      progressEvents,
      phaseStart,
    }) + '\n',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
