import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/gate';
import { handlers } from '../../electron/api/handlers';
import { schemas } from '../../electron/api/schemas';
import { Backend } from '../../electron/backend';

let dir: string;
let backend: Backend;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crp-gate-'));
  backend = new Backend({ mode: 'cli', userDataDir: dir });
});
afterEach(() => {
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the API gate', () => {
  it('has a handler and a schema for exactly the same names', () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(handlers).sort());
  });

  it('rejects an unknown call without running anything', async () => {
    const r = await dispatch(backend, 'devices:dropAll', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CALL', message: expect.stringContaining('devices:dropAll') } });
  });

  it('rejects inherited object keys posing as call names', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const r = await dispatch(backend, name, {});
      expect(r.ok).toBe(false);
    }
  });

  it('rejects arguments that do not match the schema, naming the field', async () => {
    backend.open(path.join(dir, 'p.sqlite'));
    const r = await dispatch(backend, 'devices:list', { limit: 'lots' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_ARGS');
      expect(r.error.message).toContain('limit');
    }
    const extra = await dispatch(backend, 'summary:get', { sneaky: true });
    expect(extra.ok).toBe(false);
  });

  it('turns a missing plan into a user-readable error, not a stack', async () => {
    const r = await dispatch(backend, 'summary:get', {});
    expect(r).toEqual({ ok: false, error: { code: 'NO_PLAN', message: expect.stringMatching(/No plan is open/) } });
  });

  it('answers a valid call with its value', async () => {
    backend.open(path.join(dir, 'p.sqlite'));
    const r = await dispatch(backend, 'summary:get', {});
    expect(r).toEqual({ ok: true, value: { devices: 0, restricted: 0, review: 0, clear: 0, sites: 0, policies: ['ca-federal-2025'] } });
  });

  it('hides unexpected internal errors behind a sentence', async () => {
    backend.open(path.join(dir, 'p.sqlite'));
    backend.db.exec('DROP TABLE devices');
    const original = console.error;
    console.error = () => {};
    try {
      const r = await dispatch(backend, 'summary:get', {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INTERNAL');
        expect(r.error.message).not.toMatch(/at \w+ \(|no such table/);
      }
    } finally {
      console.error = original;
    }
  });
});
