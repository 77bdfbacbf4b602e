// `npm run bench [-- --size N | --quick] [--reps N] [--out FILE] [--only export|tagging]`
// Generates the inputs (cached), measures every figure of issue 10 as a ratio
// to a baseline taken in the same run, prints a table and writes
// bench/results.json (or --out). Timings are medians over --reps repetitions;
// the machine is shared, so single runs are noisy. Nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { openPlanDb } from '../db/open';
import { checkpointInBackground } from '../electron/services/checkpoints';
import { count, measureExport, measurePlanning, measureQueries, measureTagging, type Sample } from './db-figures';
import { figure, table, type Figure } from './figures';
import { ensureInputs } from './generate';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

interface Options {
  size: number;
  reps: number;
  out: string;
  /** `--only export|tagging`: one import for a plan, then that figure alone, printed (results.json left as it is). */
  only: 'export' | 'tagging' | null;
}

function options(argv: string[]): Options {
  const o: Options = { size: 100_000, reps: 3, out: path.join(here, 'results.json'), only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.size = 1000;
    else if (a === '--size') o.size = Number(argv[++i]);
    else if (a === '--reps') o.reps = Number(argv[++i]);
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--only' && (argv[i + 1] === 'export' || argv[i + 1] === 'tagging')) o.only = argv[++i] as 'export' | 'tagging';
    else throw new Error(`unknown option ${a} (use --size N, --quick, --reps N, --out FILE, --only export|tagging)`);
  }
  if (!Number.isInteger(o.size) || o.size < 100) throw new Error('--size takes a whole number of devices, at least 100');
  if (!Number.isInteger(o.reps) || o.reps < 1) throw new Error('--reps takes a whole number, at least 1');
  return o;
}

/** Runs a task script in a fresh Node process and returns its one JSON line. */
function task<T>(args: string[]): T {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'tasks', 'import-task.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench task ${args[0]} failed (${r.status ?? r.signal}): ${r.stderr.trim().split('\n').slice(-5).join(' | ')}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as T;
}

interface ReadResult {
  ms: number;
  rows: number;
}
interface ImportResult {
  ms: number;
  devices: number;
  maxStallMs: number;
  p99StallMs: number;
  maxTickGapMs: number;
  parentPeakRss: number;
  childPeakRss: number | null;
  phaseStart: Record<string, number>;
}

const log = (s: string) => process.stderr.write(s + '\n');
const MB = 1024 * 1024;

function main(): void {
  const opt = options(process.argv.slice(2));
  const started = new Date();
  const load0 = os.loadavg();
  log(`bench: ${opt.size} devices, ${opt.reps} repetitions; load average ${load0.map((l) => l.toFixed(1)).join(' ')}`);
  const sizes = opt.size === 100_000 ? [1000, 10_000, 100_000] : [opt.size];
  let inputs = ensureInputs(opt.size);
  for (const s of sizes) {
    const t = performance.now();
    const got = ensureInputs(s);
    if (s === opt.size) inputs = got;
    log(`  input ${s}: ${path.dirname(got.xlsx)} (${Math.round(performance.now() - t)} ms)`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-bench-'));
  try {
    if (opt.only) return oneFigure(opt, opt.only, inputs.xlsx, work);
    // Baseline and import alternate, so drifting load from other work hits both alike.
    const reads: number[] = [];
    const floors: number[] = [];
    const imports: ImportResult[] = [];
    let lastDb = '';
    for (let i = 0; i < opt.reps; i++) {
      const read = task<ReadResult>(['read', inputs.xlsx]);
      reads.push(read.ms);
      floors.push(task<ReadResult>(['floor', inputs.xlsx, path.join(work, `floor-${i}.sqlite`)]).ms);
      lastDb = path.join(work, `plan-${i}.sqlite`);
      const imp = task<ImportResult>(['import', inputs.xlsx, lastDb]);
      imports.push(imp);
      log(`  rep ${i + 1}: bare read ${Math.round(read.ms)} ms, floor ${Math.round(floors[i])} ms, import ${Math.round(imp.ms)} ms (${imp.devices} devices), stall ${Math.max(imp.maxStallMs, imp.maxTickGapMs).toFixed(0)} ms`);
    }
    const csvImport = task<ImportResult>(['import', inputs.csv, path.join(work, 'plan-csv.sqlite')]);
    log(`  csv import ${Math.round(csvImport.ms)} ms`);

    const { db, checkpoints } = openAsTheApp(lastDb);
    const devices = count(db);
    const q = measureQueries(db, Math.max(5, opt.reps));
    log('  queries done');
    const exp = measureExport(db, opt.reps);
    log('  export done');
    const tag = measureTagging(db, opt.reps);
    log('  tagging done');
    const plan = measurePlanning(db, opt.reps);
    log('  planning done');
    checkpoints?.stop();
    db.close();

    const n = opt.size.toLocaleString('en-CA');
    const figures: Figure[] = [
      figure('import.xlsx', `import ${n} xlsx (parse, map, normalise, tag, write)`, 'ms', imports.map((r) => r.ms), { label: 'bare SheetJS read', samples: reads }, { on: 'ratio', max: 1.15 }),
      // For reference: the same read plus a bare insert of every row's cells (no index, check, tag or undo record).
      figure('import.floor', `floor: read + bare insert of the ${n} rows (info)`, 'ms', floors, { label: 'bare SheetJS read', samples: reads }, null),
      // The larger of monitorEventLoopDelay's max and a 10 ms ticker's longest gap: the histogram alone
      // was seen to miss a 1.7 s synchronous stretch that the ticker caught.
      figure('import.stall', 'longest event-loop stall during import', 'ms', imports.map((r) => Math.max(r.maxStallMs, r.maxTickGapMs)), null, { on: 'value', max: 100 }),
      figure('import.memory', 'peak RSS of import (parent + parse child)', 'MB', imports.map((r) => (r.parentPeakRss + (r.childPeakRss ?? 0)) / MB), null, { on: 'value', max: 1024 }),
      taggingFigure(n, tag),
      figure('planning', `planning ${n} devices (all restricted)`, 'ms', plan.value, null, { on: 'value', max: 1000, strict: true }),
      figure('query.page', 'inventory page (filter, sort, 100 rows), slowest case', 'ms', q.page.value, null, { on: 'value', max: 150, strict: true }),
      figure('query.search', `search over ${n} devices, slowest case`, 'ms', q.search.value, null, { on: 'value', max: 150, strict: true }),
      exportFigure(n, exp),
      figure('import.csv', `import ${n} csv (info, one run)`, 'ms', [csvImport.ms], null, null),
    ];
    const load1 = os.loadavg();
    const cpus = os.cpus();
    const results = {
      date: started.toISOString(),
      size: opt.size,
      devicesImported: devices,
      repetitions: opt.reps,
      note: 'Each figure is the median of the repetitions; baselines are measured in the same run, alternating with the measured work. The machine was shared with other work (load averages below), so single samples vary widely.',
      machine: {
        cpu: cpus[0]?.model ?? 'unknown',
        cores: cpus.length,
        memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        sheetjs: XLSX.version,
        loadAverageStart: load0.map((l) => Math.round(l * 100) / 100),
        loadAverageEnd: load1.map((l) => Math.round(l * 100) / 100),
      },
      figures: figures.map((f) => ({ ...f, value: round(f.value), baseline: f.baseline === null ? null : round(f.baseline), ratio: f.ratio === null ? null : round(f.ratio, 3), samples: f.samples.map((s) => round(s)), baselineSamples: f.baselineSamples?.map((s) => round(s)) ?? null })),
      extra: { exportBytes: exp.bytes, planItems: plan.items, csvImportDevices: csvImport.devices, importP99StallMs: imports.map((r) => round(r.p99StallMs)), importHistogramMaxStallMs: imports.map((r) => round(r.maxStallMs)), importTickerMaxGapMs: imports.map((r) => round(r.maxTickGapMs)),
        importPhaseStartMs: imports.map((r) => Object.fromEntries(Object.entries(r.phaseStart).map(([k, v]) => [k, round(v)]))) },
    };
    process.stdout.write(table(figures) + '\n');
    process.stdout.write(`\n${cpus[0]?.model ?? ''}, ${cpus.length} cores, node ${process.version}; median of ${opt.reps}; load average ${load0[0].toFixed(1)} → ${load1[0].toFixed(1)}\n`);
    fs.mkdirSync(path.dirname(opt.out), { recursive: true });
    fs.writeFileSync(opt.out, JSON.stringify(results, null, 2) + '\n');
    log(`wrote ${path.relative(process.cwd(), opt.out) || opt.out}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const taggingFigure = (n: string, m: Sample) =>
  figure('tagging', `tagging ${n} devices`, 'ms', m.value, { label: 'bare read+update', samples: m.baseline ?? [] }, { on: 'value', max: 2000, strict: true });
const exportFigure = (n: string, m: Sample) =>
  figure('export.xlsx', `export ${n} devices (report workbook)`, 'ms', m.value, { label: 'bare SheetJS write', samples: m.baseline ?? [] }, { on: 'ratio', max: 1.3 });

/** A plan opened as the app opens it (Backend.open): checkpoints run on a worker thread, not in the measured commits. */
function openAsTheApp(file: string) {
  const db = openPlanDb(file);
  return { db, checkpoints: checkpointInBackground(db) };
}

/** One figure alone, on a plan imported once: for work on that figure, without the other figures' runs. */
function oneFigure(opt: Options, which: 'export' | 'tagging', xlsx: string, work: string): void {
  const file = path.join(work, 'plan.sqlite');
  task<ImportResult>(['import', xlsx, file]);
  const { db, checkpoints } = openAsTheApp(file);
  const n = opt.size.toLocaleString('en-CA');
  const f = which === 'export' ? exportFigure(n, measureExport(db, opt.reps)) : taggingFigure(n, measureTagging(db, opt.reps));
  checkpoints?.stop();
  db.close();
  log(`  ${which} ${f.samples.map(Math.round).join(', ')} ms; baseline ${f.baselineSamples?.map(Math.round).join(', ') ?? '-'} ms`);
  process.stdout.write(table([f]) + '\n');
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

main();
