import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { translate } from '../../renderer/src/i18n';

describe('the message catalogues', () => {
  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message and keep the same {parameters} in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(fr[key].trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
      expect(params(fr[key]), key).toEqual(params(en[key]));
    }
  });

  it('fills parameters', () => {
    expect(translate('fr', 'app.planLabel', { name: 'X' })).toBe('Plan : X');
  });

  it('every t() key used in the renderer exists in the catalogue', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !p.includes(`${path.sep}i18n${path.sep}`)) files.push(p);
      }
    };
    walk('renderer/src');
    const missing: string[] = [];
    for (const f of files) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) {
        if (!(m[1] in en)) missing.push(`${f}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('plural messages', () => {
  it('follow each language: French treats 0 and 1 as singular, English only 1', () => {
    expect(translate('fr', 'inventory.count', { count: 1 })).toBe('1 appareil');
    expect(translate('fr', 'inventory.count', { count: 0 })).toBe('0 appareil');
    expect(translate('fr', 'inventory.count', { count: 2 })).toBe('2 appareils');
    expect(translate('en', 'inventory.count', { count: 1 })).toBe('1 device');
    expect(translate('en', 'inventory.count', { count: 0 })).toBe('0 devices');
  });

  it('write a bare number as the language does (the undo button said "import of 10000 rows")', () => {
    expect(translate('en', 'history.kind.import', { count: 10000 })).toBe('import of 10,000 rows');
    expect(translate('fr', 'history.kind.import', { count: 10000 })).toBe(`importation de 10${'\u00a0'}000 lignes`);
  });

  it('keep an already formatted number as given', () => {
    expect(translate('fr', 'inventory.countFiltered', { count: '1 234', total: '100 000' })).toBe('1 234 appareils sur 100 000');
  });
});

describe('policy names', () => {
  it('every policy in the rule data has a name and an issuer in both catalogues', async () => {
    const data = (await import('../../electron/domain/policies/policy-data.json')).default as { policies: Array<{ id: string }> };
    const missing: string[] = [];
    for (const p of data.policies) {
      for (const field of ['name', 'issuer']) {
        const key = `policies.${field}.${p.id}`;
        if (!(key in en) || !(key in fr)) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });
});
