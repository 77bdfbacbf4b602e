// The inventory UI's API through the real gate (validation, handlers, SQLite),
// as the renderer reaches it in both modes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/gate';
import type { DeviceDetail, HistoryEntry } from '../../electron/api/inventory-types';
import type { ImportReport } from '../../electron/api/import-types';
import type { DevicePage, PlanInfo } from '../../electron/api/types';
import { Backend } from '../../electron/backend';
import { openSamplePlan } from '../../electron/services/sample';

let dir: string;
let backend: Backend;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-inv-api-'));
  backend = new Backend({ mode: 'browser', userDataDir: dir });
});
afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ok<T>(name: string, args: unknown): Promise<T> {
  const r = await dispatch(backend, name, args);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

describe('inventory API', () => {
  it('finds a sample device by part of its MAC in any spelling, shows it, edits it and undoes the edit', async () => {
    openSamplePlan(backend);
    const withMac = (await ok<DevicePage>('devices:list', { search: 'hikvision', status: 'restricted', limit: 20 })).rows.find((r) => r.mac)!;
    const hex = withMac.mac!.replace(/[^0-9a-f]/gi, '');
    for (const term of [hex.slice(6).toLowerCase(), hex.slice(6).match(/../g)!.join(':'), hex.slice(6).match(/../g)!.join('-').toLowerCase()]) {
      const page = await ok<DevicePage>('devices:list', { search: term });
      expect(page.rows.map((r) => r.id), term).toContain(withMac.id);
    }
    const detail = await ok<DeviceDetail>('devices:get', { id: withMac.id });
    expect(detail.device.evidence.length).toBeGreaterThan(0);
    expect(detail.provenance).toMatchObject({ file: 'sample', sheet: 'Inventory' });

    const edited = await ok<DeviceDetail>('devices:update', { id: withMac.id, changes: { location: 'Atrium', excluded: true } });
    expect(edited.device).toMatchObject({ location: 'Atrium', excluded: true });
    expect(edited.audit[0]).toMatchObject({ action: 'device.update', user: backend.user });
    const undone = await ok<HistoryEntry>('history:undo', {});
    expect(undone.kind).toBe('edit');
    expect((await ok<DeviceDetail>('devices:get', { id: withMac.id })).device).toMatchObject({ location: withMac.location, excluded: false });
  });

  it('refuses bad arguments at the gate with a sentence', async () => {
    openSamplePlan(backend);
    const r = await dispatch(backend, 'devices:update', { id: 1, changes: { status: 'clear' } });
    expect(r.ok).toBe(false);
    const b = await dispatch(backend, 'devices:bulkUpdate', { ids: [1], criticality: 9 });
    expect(b.ok).toBe(false);
  });

  it('creates a new plan file, refuses to overwrite it, and opens it again by path', async () => {
    const file = path.join(dir, 'regional');
    const created = await ok<PlanInfo>('plan:create', { path: file, name: 'Regional office' });
    expect(created).toMatchObject({ name: 'Regional office', isSample: false, path: `${file}.sqlite` });
    const again = await dispatch(backend, 'plan:create', { path: `${file}.sqlite`, name: 'x' });
    expect(again).toMatchObject({ ok: false, error: { code: 'EXISTS' } });
    backend.close();
    expect(await ok<PlanInfo>('plan:open', { path: `${file}.sqlite` })).toMatchObject({ name: 'Regional office' });
    expect(await ok<string[]>('plan:recent', {})).toContain(`${file}.sqlite`);
    const missing = await dispatch(backend, 'plan:open', { path: path.join(dir, 'nope.sqlite') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('undoes an import put on the history through the importer’s own undo', async () => {
    await ok<PlanInfo>('plan:create', { path: path.join(dir, 'p.sqlite'), name: 'P' });
    const csv = 'Asset tag,Site,Manufacturer,Model,MAC\nA-1,HQ,Hikvision,DS-2CD2143G2-I,BC:AD:28:11:22:33\nA-2,HQ,Axis,P3265-LVE,AC:CC:8E:11:22:33\n';
    const report = await ok<ImportReport>('import:run', { fileName: 'hq.csv', dataBase64: Buffer.from(csv).toString('base64') });
    expect((await ok<DevicePage>('devices:list', {})).total).toBe(2);
    // The import put itself on the history when it committed.
    expect(report.importId).toEqual(expect.any(Number));
    expect((await ok<HistoryEntry>('history:undo', {})).kind).toBe('import');
    expect((await ok<DevicePage>('devices:list', {})).total).toBe(0);
    // An undone import cannot be redone (import the file again): nothing is left to redo.
    expect(await dispatch(backend, 'history:redo', {})).toEqual({ ok: true, value: null });
  });
});
