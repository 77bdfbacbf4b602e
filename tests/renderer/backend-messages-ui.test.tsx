// @vitest-environment jsdom
// The screens that show backend sentences say them in the UI's language: the
// drawer's evidence, the review queue's notes (via the same helper), the
// import problem list and sheet list, and API errors as the client reports them.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannerBridge } from '../../electron/api/contract';
import type { ImportProblem, ImportSheet } from '../../electron/api/import-types';
import type { Evidence } from '../../electron/api/types';
import { call, setBridge } from '../../renderer/src/api/client';
import { EvidenceTable } from '../../renderer/src/components/drawer/EvidenceTable';
import { ProblemList } from '../../renderer/src/components/import/ProblemList';
import { SheetList } from '../../renderer/src/components/import/SheetList';
import { I18nProvider, type Lang } from '../../renderer/src/i18n';

afterEach(cleanup);

const conflict: Evidence = {
  field: '*', value: 'Hikvision / Axis', rule: 'conflict', company: 'hikvision', policy: null, policyVersion: null, citation: null,
  strength: 'conflict', kind: 'conflict',
  note: 'Evidence disagrees: manufacturer says Hikvision; mac says Axis. Review.',
  noteKey: 'conflict.2', noteParams: { fields1: 'manufacturer', company1: 'Hikvision', fields2: 'mac', company2: 'Axis' },
};
const nameMatch: Evidence = {
  field: 'manufacturer', value: 'Hikvision', rule: 'name:maker', company: 'hikvision', policy: null, policyVersion: null, citation: null,
  strength: 'strong', kind: 'maker', note: 'Matches "Hikvision", a name of Hikvision.', noteKey: 'name-match', noteParams: { name: 'Hikvision', company: 'Hikvision' },
};

function inLang(lang: Lang, ui: React.ReactNode) {
  return render(<I18nProvider initial={lang}>{ui}</I18nProvider>);
}

describe('evidence notes in the drawer', () => {
  it('are French in a French UI, field names included', () => {
    inLang('fr', <EvidenceTable evidence={[nameMatch, conflict]} />);
    expect(screen.getByText('Correspond à « Hikvision », un nom de Hikvision.')).toBeTruthy();
    expect(screen.getByText(/^Les éléments de preuve se contredisent : Fabricant indique Hikvision ; Adresse MAC indique Axis\. À examiner\.$/)).toBeTruthy();
    expect(screen.queryByText(/Evidence disagrees/)).toBeNull();
  });

  it('are the backend’s English in an English UI', () => {
    inLang('en', <EvidenceTable evidence={[nameMatch, conflict]} />);
    expect(screen.getByText('Matches "Hikvision", a name of Hikvision.')).toBeTruthy();
    expect(screen.getByText(/^Evidence disagrees: .* Review\.$/)).toBeTruthy();
  });
});

describe('the import wizard’s problems and sheets', () => {
  const problems: ImportProblem[] = [
    { sheet: 'Cams', row: 4, column: 'IP', message: '"999.1.1.1" is not an IP address; kept as text.', code: 'ip-not-ip', params: { value: '999.1.1.1' } },
    { sheet: 'Cams', row: 5, column: null, message: 'A sentence from a newer backend.', code: 'brand-new-code' },
  ];
  const sheets: ImportSheet[] = [
    { name: 'Notes', rows: 0, skipped: 0, headerRow: null, ignoredReason: 'the sheet is empty', ignoredCode: 'empty', sourceTool: null, columns: [] },
  ];

  it('are French in a French UI, and a code the catalogue does not know stays English', () => {
    inLang('fr', <><ProblemList errors={[]} warnings={problems} /><SheetList sheets={sheets} /></>);
    expect(screen.getByText('« 999.1.1.1 » n’est pas une adresse IP ; conservé comme texte.')).toBeTruthy();
    expect(screen.getByText('A sentence from a newer backend.')).toBeTruthy();
    expect(screen.getByText(/la feuille est vide/)).toBeTruthy();
  });

  it('are English in an English UI', () => {
    inLang('en', <><ProblemList errors={[]} warnings={problems} /><SheetList sheets={sheets} /></>);
    expect(screen.getByText('"999.1.1.1" is not an IP address; kept as text.')).toBeTruthy();
    expect(screen.getByText(/the sheet is empty/)).toBeTruthy();
  });
});

describe('API errors from the client', () => {
  const bridge: PlannerBridge = {
    call: async () => ({ ok: false, error: { code: 'EMPTY_FILE', message: 'inv.csv is empty.', params: { file: 'inv.csv' } } }) as never,
    on: () => () => {},
  };

  it('are said in the language the page declares', async () => {
    setBridge(bridge);
    inLang('fr', <p>fr</p>);
    await expect(call('summary:get' as never, {} as never)).rejects.toThrow('inv.csv est vide.');
    cleanup();
    inLang('en', <p>en</p>);
    await expect(call('summary:get' as never, {} as never)).rejects.toThrow('inv.csv is empty.');
  });
});
