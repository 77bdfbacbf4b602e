// The import API names through the real gate: preview -> confirm mapping -> run, with progress events.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../../electron/api/contract';
import { dispatch } from '../../../electron/api/gate';
import type { ImportReport } from '../../../electron/api/import-types';
import { Backend } from '../../../electron/backend';
import { cleanupTmp, csvText, tmpDir, workbookBytes } from './helpers';

afterEach(cleanupTmp);

describe('import API', () => {
  it('previews bytes, imports with the confirmed mapping, reports progress, lists and undoes', async () => {
    const dir = tmpDir();
    const b = new Backend({ mode: 'browser', userDataDir: dir });
    b.open(path.join(dir, 'plan.sqlite'));
    const events: Array<ApiEvents['progress']> = [];
    b.onEvent((e, p) => e === 'progress' && events.push(p as ApiEvents['progress']));
    const data = workbookBytes({ Inv: [['Appareil', 'Code', 'Make'], ['Caméra', 'C-1', 'Axis']] }, 'xlsx').toString('base64');

    const preview = await dispatch(b, 'import:preview', { fileName: 'inv.xlsx', dataBase64: data });
    expect(preview.ok).toBe(true);
    const p = (preview as { value: ImportReport }).value;
    expect(p.sheets[0].columns.map((c) => [c.header, c.field, c.samples])).toEqual([
      ['Appareil', 'type', ['Caméra']],
      ['Code', null, ['C-1']],
      ['Make', 'manufacturer', ['Axis']],
    ]);
    // Without an identity column every row is an error: run refuses and writes nothing.
    const refused = await dispatch(b, 'import:run', { fileName: 'inv.xlsx', dataBase64: data });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ROW_ERRORS' } });

    const run = await dispatch(b, 'import:run', { fileName: 'inv.xlsx', dataBase64: data, mappings: { Inv: { Code: 'assetTag' } } });
    expect(run).toMatchObject({ ok: true, value: { imported: 1, importId: expect.any(Number) } });
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['read', 'check', 'write', 'done']));
    expect(events.every((e) => e.task === 'import')).toBe(true);

    const list = await dispatch(b, 'imports:list', {});
    expect(list).toMatchObject({ ok: true, value: [{ fileName: 'inv.xlsx', inserted: 1 }] });
    const id = (run as { value: ImportReport }).value.importId!;
    expect(await dispatch(b, 'imports:undo', { id })).toMatchObject({ ok: true, value: { removed: 1 } });
    b.close();
  });

  it('rejects arguments that name no file, or both a path and data', async () => {
    const b = new Backend({ mode: 'browser', userDataDir: tmpDir() });
    expect(await dispatch(b, 'import:preview', {})).toMatchObject({ ok: false });
    expect(await dispatch(b, 'import:preview', { path: '/x.csv', dataBase64: Buffer.from(csvText([['a']])).toString('base64') })).toMatchObject({ ok: false });
    expect(await dispatch(b, 'import:run', { path: '/x.csv', onDuplicate: 'merge' })).toMatchObject({ ok: false });
  });
});
