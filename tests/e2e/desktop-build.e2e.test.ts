// The desktop bundles as `npm start` builds them. Electron itself cannot run
// here, but its main-process bundles can: the workers that Electron main
// starts must be in the build, next to main, and must work under plain Node
// with the same code. The import worker checks and writes a file that the
// calling thread had the parser read (as main does with its utility process);
// the checkpoint and export workers do their jobs on a plan file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, inventoryRows } from '../../bench/generate';
import { openPlanDb } from '../../db/open';
import type { PolicyChange } from '../../electron/api/tagging-types';
import { CONNECTION } from '../../electron/services/checkpoint-state';
import type { ImportThreadMessage, ImportThreadRequest } from '../../electron/services/import/import-thread';
import { buildExport } from '../../electron/services/export';
import type { ExportThreadMessage, ExportThreadRequest } from '../../electron/services/export/export-thread';
import { readSource } from '../../electron/services/import/service';
import type { PlanTaskMessage, PlanTaskRequest } from '../../electron/services/plan-task-thread';
import { generateSample } from '../../electron/services/sample';
import { eventually, readPlanFileAlone } from '../db/plan-file-alone';
import { cleanupTmp, tmpDir, workbookBytes, writeFile } from '../electron/import/helpers';

const root = path.resolve(__dirname, '../..');
// Inside the project, so the bundles resolve better-sqlite3 from its node_modules as the packaged app does.
const outDir = path.join(root, 'out', `desktop-test-${process.pid}`);

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`electron-vite build failed: ${r.stderr}`);
});
afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
  cleanupTmp();
});

describe('desktop build', () => {
  it('puts main, the preload, the parser and every worker side by side', () => {
    for (const f of ['main/index.cjs', 'main/parse-worker.cjs', 'main/import-thread-worker.cjs', 'main/checkpoint-worker.cjs', 'main/export-thread-worker.cjs', 'main/plan-task-worker.cjs', 'preload/index.cjs', 'renderer/index.html']) {
      expect(fs.existsSync(path.join(outDir, f)), f).toBe(true);
    }
  });

  it('the built import worker checks and writes a file the calling thread read', async () => {
    const dir = tmpDir();
    const planFile = path.join(dir, 'plan.sqlite');
    const db = openPlanDb(planFile);
    const rows = inventoryRows(500, 5).map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
    const file = writeFile(dir, 'inv.xlsx', workbookBytes({ Devices: [HEADERS, ...rows] }, 'xlsx'));
    const read = await readSource({ db, user: 'ana' }, { path: file }, 'run');
    const workerData = { mode: 'run', planFile, user: 'ana', args: { path: file }, read } satisfies ImportThreadRequest;
    const answer = await new Promise<ImportThreadMessage>((resolve, reject) => {
      const worker = new Worker(path.join(outDir, 'main/import-thread-worker.cjs'), { workerData });
      worker.on('message', (m: ImportThreadMessage) => m.type !== 'progress' && resolve(m));
      worker.on('error', reject);
    });
    expect(answer).toMatchObject({ type: 'result', report: { imported: 500, file: 'inv.xlsx' } });
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(500);
    expect(db.prepare("SELECT COUNT(*) FROM devices WHERE status = 'restricted'").pluck().get()).toBeGreaterThan(0);
    db.close();
  });

  it('the built checkpoint worker copies the WAL into the plan file and closes when asked', async () => {
    const dir = tmpDir();
    const planFile = path.join(dir, 'plan.sqlite');
    const db = openPlanDb(planFile);
    db.pragma('wal_autocheckpoint = 0'); // as main's connection is set: its commits stay in the WAL
    db.exec("INSERT INTO settings (key, value) VALUES ('probe', '\"in the plan file\"')");
    const state = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(path.join(outDir, 'main/checkpoint-worker.cjs'), { workerData: { file: planFile, everyMs: 50, state: state.buffer } });
    const probe = (c: ReturnType<typeof openPlanDb>) => c.prepare("SELECT value FROM settings WHERE key = 'probe'").pluck().get();
    const found = await eventually(() => readPlanFileAlone(planFile, probe), '"in the plan file"');
    expect(found).toBe('"in the plan file"');
    const exited = new Promise((r) => worker.once('exit', r));
    worker.postMessage('stop');
    await exited;
    expect(Atomics.load(state, 0)).toBe(CONNECTION.closed);
    db.close();
    expect(fs.existsSync(`${planFile}-wal`)).toBe(false); // the UI's close was the last one
  });

  it('the built export worker makes the same workbook as the calling thread', async () => {
    const dir = tmpDir();
    const planFile = path.join(dir, 'plan.sqlite');
    const db = openPlanDb(planFile);
    generateSample(db);
    const opts = { redacted: false, csv: false, lang: 'en', exportedOn: '2026-04-01' } as const;
    const workerData = { planFile, planName: 'Sample', opts, path: null } satisfies ExportThreadRequest;
    const answer = await new Promise<ExportThreadMessage>((resolve, reject) => {
      const worker = new Worker(path.join(outDir, 'main/export-thread-worker.cjs'), { workerData });
      worker.on('message', resolve);
      worker.on('error', reject);
    });
    if (answer.type !== 'result' || !answer.bytes) throw new Error(`no workbook: ${JSON.stringify(answer)}`);
    expect(Buffer.from(answer.bytes).equals(buildExport(db, 'Sample', opts).bytes)).toBe(true);
    db.close();
  });

  it('the built plan task worker switches a policy on as the calling thread would', async () => {
    const dir = tmpDir();
    const planFile = path.join(dir, 'plan.sqlite');
    const db = openPlanDb(planFile);
    generateSample(db);
    const workerData = { planFile, user: 'ana', name: 'policies:setActive', args: { enable: ['us-fcc-covered'] } } satisfies PlanTaskRequest;
    const answer = await new Promise<PlanTaskMessage>((resolve, reject) => {
      const worker = new Worker(path.join(outDir, 'main/plan-task-worker.cjs'), { workerData });
      worker.on('message', resolve);
      worker.on('error', reject);
    });
    if (answer.type !== 'result') throw new Error(`refused: ${answer.message}`);
    const change = answer.value as PolicyChange;
    expect(change.diff.newlyRestricted).toBeGreaterThan(0);
    expect(change.policies.find((p) => p.id === 'us-fcc-covered')?.active).toBe(true);
    expect(db.prepare("SELECT COUNT(*) FROM devices WHERE status = 'restricted'").pluck().get()).toBeGreaterThan(0);
    db.close();
  });
});
