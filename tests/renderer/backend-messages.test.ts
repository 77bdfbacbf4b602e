// Backend sentences in the UI's language: every code the backend can send has a
// sentence in both catalogues, the English catalogue says exactly what the
// backend wrote (so the English UI is unchanged), and the French one says it in
// French.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../db/errors';
import { toApiError } from '../../electron/api/gate';
import type { Evidence } from '../../electron/api/types';
import type { PolicyData } from '../../electron/domain/policies/types';
import { applyOverride, tagDevice, type TagInput } from '../../electron/domain/tagging';
import { DATA_NOTE_PREFIXES, EVIDENCE_NOTE_KEYS } from '../../electron/domain/tagging/note-keys';
import { IMPORT_PROBLEM_CODES, IMPORT_REFUSAL_KEYS, SHEET_SKIP_CODES } from '../../electron/services/import/problem-codes';
import { previewImport, runImport } from '../../electron/services/import/service';
import { ouiRegistry, ruleSet } from '../../electron/services/tagging';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { apiErrorMessage, evidenceNote, problemMessage, sheetReason } from '../../renderer/src/i18n/backend-messages';
import { csvText, useImportPlan, writeFile } from '../electron/import/helpers';

const policyData = JSON.parse(fs.readFileSync('electron/domain/policies/policy-data.json', 'utf8')) as PolicyData;

function expectKeyInBoth(key: string) {
  expect(en, key).toHaveProperty([key]);
  expect(fr, key).toHaveProperty([key]);
}

const unresolved = /\{\w+\}|\[\[|\]\]|\{\w+, plural/;

describe('the catalogue covers every code the backend sends', () => {
  it('has every evidence note, including one per data-driven guard and source tool', () => {
    for (const k of EVIDENCE_NOTE_KEYS) expectKeyInBoth(`evidence.note.${k}`);
    for (const g of policyData.modelGuards) expectKeyInBoth(`evidence.note.${DATA_NOTE_PREFIXES.modelGuards}.${g.id}`);
    for (const s of policyData.sourceTools) expectKeyInBoth(`evidence.note.${DATA_NOTE_PREFIXES.sourceTools}.${s.id}`);
  });

  it('repeats the rule data word for word in English', () => {
    const cat = en as Record<string, string>;
    for (const g of policyData.modelGuards) expect(cat[`evidence.note.model-guard.${g.id}`]).toBe(g.note);
    for (const s of policyData.sourceTools) expect(cat[`evidence.note.source-tool.${s.id}`]).toBe(s.note);
  });

  it('has every import problem, sheet skip reason and import refusal', () => {
    for (const c of IMPORT_PROBLEM_CODES) expectKeyInBoth(`problem.${c}`);
    for (const c of SHEET_SKIP_CODES) expectKeyInBoth(`sheetReason.${c}`);
    for (const k of IMPORT_REFUSAL_KEYS) expectKeyInBoth(`apiError.${k}`);
  });
});

describe('evidence notes', () => {
  const rules = ruleSet();
  const registry = ouiRegistry().lookup;
  const dev = (p: Partial<TagInput>): TagInput => ({ manufacturer: null, model: null, serial: null, mac: null, sourceTool: null, ...p });
  const cases: Array<[Partial<TagInput>, string[]]> = [
    [{ manufacturer: 'Hikvision' }, ['ca-federal-2025']],
    [{ manufacturer: 'HiLook' }, ['ca-federal-2025']],
    [{ manufacturer: 'LTS' }, ['ca-federal-2025']],
    [{ manufacturer: 'Lorex' }, ['ca-federal-2025', 'us-fcc-covered']],
    [{ manufacturer: 'Honor' }, ['ca-federal-2025']],
    [{ manufacturer: 'Axis Communications', model: 'IPC2122LB' }, ['ca-federal-2025']],
    [{ model: 'DS-2CD2143G2-I' }, ['ca-federal-2025']],
    [{ manufacturer: 'Hytera', model: 'PD785' }, ['ca-federal-2025', 'us-fcc-covered']],
    [{ model: 'PD785' }, ['ca-federal-2025']],
    [{ serial: 'DS-2CD2143G2-I20210315AAWRJ12345678' }, ['ca-federal-2025']],
    [{ mac: '02:00:00:00:00:01' }, ['ca-federal-2025']],
    [{ mac: 'BC:AD:28:12:34:56' }, ['ca-federal-2025']],
    [{ mac: '40:2C:76:10:00:01' }, ['ca-federal-2025']],
    [{ manufacturer: 'Hikvision', mac: 'AC:CC:8E:00:00:01' }, ['ca-federal-2025']],
    [{ manufacturer: 'Dahua' }, ['ca-federal-2025']],
    [{ manufacturer: 'Dahua' }, ['ca-federal-2025', 'qc-2023']],
    [{ manufacturer: 'Huawei' }, []],
    [{ sourceTool: 'hikvision-sadp-csv' }, ['ca-federal-2025']],
    [{}, ['ca-federal-2025']],
  ];
  const evidence: Evidence[] = [];
  for (const [p, active] of cases) evidence.push(...tagDevice(rules, dev(p), new Set(active), registry).evidence);
  const base = tagDevice(rules, dev({ manufacturer: 'LTS' }), new Set(['ca-federal-2025']), registry);
  evidence.push(...applyOverride(base, { id: 1, status: 'restricted', reason: 'Label under the sticker says Hikvision', user: 'ana', at: '2025-05-01' }).evidence);

  it('say in English exactly what the backend wrote, and in French something else, fully filled', () => {
    const seen = new Set<string>();
    for (const ev of evidence) {
      expect(ev.noteKey, ev.note).toBeTruthy();
      for (const part of ev.noteKey!.split('+')) seen.add(part.replace(/\.(guard|hikvision|dahua)-.*$/, ''));
      expect(evidenceNote('en', ev)).toBe(ev.note);
      const french = evidenceNote('fr', ev)!;
      expect(french, ev.note).not.toBe(ev.note);
      expect(french, ev.noteKey).not.toMatch(unresolved);
    }
    // The cases above reach most kinds of note; the catalogue test covers the rest.
    expect(seen.size).toBeGreaterThanOrEqual(18);
  });

  it('falls back to the English note when the key is unknown or absent (evidence stored before keys)', () => {
    const ev = { note: 'Some new sentence.', noteKey: 'not-in-catalogue', noteParams: {} };
    expect(evidenceNote('fr', ev)).toBe('Some new sentence.');
    expect(evidenceNote('fr', { note: 'Old stored note.' })).toBe('Old stored note.');
  });

  it('says values and field names in French', () => {
    const lorex = tagDevice(rules, dev({ manufacturer: 'Lorex' }), new Set(['ca-federal-2025']), registry).evidence.find((e) => e.noteKey === 'review-link');
    expect(lorex).toBeDefined();
    expect(evidenceNote('fr', lorex!)).toMatch(/confiance « (signalée|confirmée|incertaine) »/);
  });
});

describe('import problems and refusals', () => {
  const plan = useImportPlan();

  it('carry a code whose English sentence is the message and whose French is French', async () => {
    const rows = [
      ['Asset Tag', 'Make', 'Model', 'Serial', 'MAC', 'IP', 'Install Date', 'Cost'],
      ['A1', 'Axis', 'P3245', 'S1', 'zz:zz', '999.1.1.1', 'not a day', 'abc'],
      ['A2', 'Axis', 'P3245', 'S2', '00:00:00:00:00:00', '', '31/31/2020', ''],
      ['A1', 'Axis', 'P3245', 'S3', '', '', '', ''],
      ['', 'Axis', '', '', '', '', '', ''],
    ];
    const report = await previewImport(plan.ctx, { path: writeFile(plan.dir, 'inv.csv', csvText(rows)) });
    const problems = [...report.errors, ...report.warnings];
    expect(problems.map((p) => p.code).sort()).toEqual(['cost-not-amount', 'date-not-date', 'date-not-valid', 'ip-not-ip', 'mac-not-mac', 'mac-placeholder', 'no-identity', 'repeat-in-file']);
    for (const p of problems) {
      expect(problemMessage('en', p)).toBe(p.message);
      expect(problemMessage('fr', p), p.message).not.toBe(p.message);
      expect(problemMessage('fr', p)).not.toMatch(unresolved);
    }
    expect(problemMessage('fr', report.warnings.find((w) => w.code === 'repeat-in-file')!)).toBe('Même numéro d’inventaire qu’à la ligne 2 : cette répétition a été ignorée.');
  });

  it('say why a sheet was left out in the UI language', async () => {
    const XLSX = await import('xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Serial', 'Model'], ['S1', 'P3245']]), 'Cams');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['hello'], ['world']]), 'Notes');
    const file = writeFile(plan.dir, 'two.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const report = await previewImport(plan.ctx, { path: file });
    const notes = report.sheets.find((s) => s.name === 'Notes')!;
    expect(notes.ignoredCode).toBe('no-table');
    expect(sheetReason('en', notes)).toBe(notes.ignoredReason);
    expect(sheetReason('fr', notes)).toMatch(/^aucun tableau d’appareils/);
    const warning = report.warnings.find((w) => w.code === 'sheet-left-out-no-table')!;
    expect(problemMessage('en', warning)).toBe(warning.message);
    expect(problemMessage('fr', warning)).toBe('La feuille « Notes » a été écartée : aucun tableau d’appareils, aucune de ses 30 premières lignes n’a de noms de colonnes connus.');
  });

  it('refusals reach the UI as code, key and values: English as the CLI prints it, French in French', async () => {
    const refusals: Array<() => Promise<unknown>> = [
      () => runImport(plan.ctx, { path: writeFile(plan.dir, 'scan.pdf', '%PDF-1.4 whatever') }),
      () => runImport(plan.ctx, { path: path.join(plan.dir, 'missing.xlsx') }),
      () => runImport(plan.ctx, { path: writeFile(plan.dir, 'rows.csv', csvText([['Asset Tag', 'Model'], ['', 'P3245'], ['', 'P3246']])) }),
    ];
    const expectedFr = [
      'scan.pdf est un PDF, pas un classeur : exportez le tableau vers Excel ou CSV et importez ce fichier.',
      `${path.join(plan.dir, 'missing.xlsx')} : fichier introuvable.`,
      'rows.csv : impossible d’importer 2 lignes (première : feuille « rows », ligne 2 : Cette ligne n’a ni numéro d’inventaire, ni numéro de série, ni adresse MAC valide, ni modèle avec emplacement : l’appareil ne peut pas être identifié) ; rien n’a été écrit — corrigez-les ou acceptez de les ignorer.',
    ];
    for (const [i, p] of refusals.entries()) {
      const err = await p().then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      const api = toApiError(err);
      expect(apiErrorMessage('en', api)).toBe((err as UserError).message);
      expect(apiErrorMessage('fr', api)).toBe(expectedFr[i]);
    }
  });
});

describe('API errors', () => {
  it('a general error code is said in French, while English keeps the backend sentence', () => {
    const e = { code: 'NOT_FOUND', message: 'Device 12 is not in this plan; it may have been removed by an undo or a re-import.' };
    expect(apiErrorMessage('en', e)).toBe(e.message);
    expect(apiErrorMessage('fr', e)).toMatch(/^L’élément demandé n’est pas dans ce plan/);
    expect(apiErrorMessage('fr', { code: 'NO_PLAN', message: 'No plan is open. Open the sample plan or a plan file first.' })).toBe(
      'Aucun plan n’est ouvert. Ouvrez d’abord le plan d’exemple ou un fichier de plan.',
    );
  });

  it('an unknown code keeps the English sentence in French too', () => {
    expect(apiErrorMessage('fr', { code: 'SOMETHING_NEW', message: 'A new sentence.' })).toBe('A new sentence.');
  });
});
