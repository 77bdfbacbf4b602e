// An import sits on the undo history: Ctrl+Z (history:undo) reverts it whole,
// and undoing it from the import history removes it from the undo history too.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/gate';
import { Backend } from '../../../electron/backend';
import { cleanupTmp, tmpDir, workbookBytes } from './helpers';

afterEach(cleanupTmp);

function openPlan(): Backend {
  const dir = tmpDir();
  const b = new Backend({ mode: 'browser', userDataDir: dir });
  b.open(path.join(dir, 'plan.sqlite'));
  return b;
}

const register = workbookBytes(
  { Cameras: [['Asset tag', 'Manufacturer', 'Model'], ['A-1', 'Axis', 'P3265'], ['A-2', 'Hikvision', 'DS-2CD2143G2-I']] },
  'xlsx',
).toString('base64');

async function devicesCount(b: Backend): Promise<number> {
  const r = await dispatch(b, 'summary:get', {});
  return r.ok ? (r.value as { devices: number }).devices : -1;
}

describe('imports on the undo history', () => {
  it('history:undo removes the devices the import added, and nothing is left to redo', async () => {
    const b = openPlan();
    const run = await dispatch(b, 'import:run', { fileName: 'register.xlsx', dataBase64: register });
    expect(run).toMatchObject({ ok: true, value: { imported: 2 } });
    expect(await devicesCount(b)).toBe(2);

    const undone = await dispatch(b, 'history:undo', {});
    expect(undone).toMatchObject({ ok: true, value: { kind: 'import' } });
    expect(await devicesCount(b)).toBe(0);
    expect(await dispatch(b, 'history:list', {})).toMatchObject({ ok: true, value: { undo: null, redo: null } });
    b.close();
  });

  it('an import undone from the import history no longer appears on the undo history', async () => {
    const b = openPlan();
    const run = await dispatch(b, 'import:run', { fileName: 'register.xlsx', dataBase64: register });
    const id = (run as { ok: true; value: { importId: number } }).value.importId;
    expect(await dispatch(b, 'imports:undo', { id })).toMatchObject({ ok: true });
    const state = await dispatch(b, 'history:list', {});
    expect(state).toMatchObject({ ok: true, value: { undo: null } });
    // A second Ctrl+Z has nothing to revert rather than failing on an import already undone.
    expect(await dispatch(b, 'history:undo', {})).toEqual({ ok: true, value: null });
    b.close();
  });
});

describe('refusals from the import thread', () => {
  it('keep their message key and values, as a refusal on the calling thread does', async () => {
    const b = openPlan(); // a plan file: imports run in the worker thread
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n').toString('base64');
    const r = await dispatch(b, 'import:run', { fileName: 'scan.pdf', dataBase64: pdf });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_A_SPREADSHEET', key: 'NOT_A_SPREADSHEET.pdf', params: { file: 'scan.pdf' } } });
    b.close();
  });
});
