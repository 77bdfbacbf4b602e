// 'export:workbook' through the gate: bytes back in browser mode (never a
// write to a path the page names), a file written in the desktop app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { ExportResult } from '../../../electron/api/export-types';
import { dispatch } from '../../../electron/api/gate';
import { Backend } from '../../../electron/backend';
import { generateSample } from '../../../electron/services/sample';

let dir: string;
let backend: Backend;

function open(mode: 'electron' | 'browser'): Backend {
  const b = new Backend({ mode, userDataDir: dir });
  b.open(path.join(dir, 'plan.sqlite'), { create: true });
  if ((b.db.prepare('SELECT COUNT(*) AS n FROM devices').get() as { n: number }).n === 0) generateSample(b.db);
  return b;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-export-api-'));
});
afterEach(() => {
  backend?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("'export:workbook'", () => {
  it('returns the workbook as base64 in browser mode', async () => {
    backend = open('browser');
    const res = await dispatch(backend, 'export:workbook', { redacted: false, csv: false, lang: 'en' });
    if (!res.ok) throw new Error(res.error.message);
    const r = { value: res.value as ExportResult };
    expect(r.value.path).toBeNull();
    const bytes = Buffer.from(r.value.base64!, 'base64');
    expect(bytes.length).toBe(r.value.size);
    expect(XLSX.read(bytes, { type: 'buffer' }).SheetNames).toEqual(r.value.sheets);
    expect(r.value.fileName).toMatch(/-report-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('refuses to write to a path in browser mode', async () => {
    backend = open('browser');
    const target = path.join(dir, 'x.xlsx');
    const r = await dispatch(backend, 'export:workbook', { path: target, redacted: false, csv: false, lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('writes the chosen path in the desktop app and returns no bytes', async () => {
    backend = open('electron');
    const target = path.join(dir, 'summary.csv');
    const r = await dispatch(backend, 'export:workbook', { path: target, redacted: true, csv: true, lang: 'fr' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ path: target, base64: null, mime: 'text/csv' });
    expect(fs.readFileSync(target, 'utf8').startsWith('\uFEFF"Section","Indicateur","Exercice","Valeur"')).toBe(true);
  });

  it('rejects bad arguments at the gate', async () => {
    backend = open('browser');
    const r = await dispatch(backend, 'export:workbook', { redacted: 'yes', csv: false, lang: 'de' } as never);
    expect(r.ok).toBe(false);
  });
});
