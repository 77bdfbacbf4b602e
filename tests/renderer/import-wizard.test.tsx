// @vitest-environment jsdom
// The import wizard against a fake bridge: what the user chooses reaches the
// backend in the call's arguments, the problem list filters, and a refusal is
// shown as the backend's own sentence.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiName, PlannerBridge } from '../../electron/api/contract';
import type { ImportHistoryEntry, ImportReport, ImportSheet } from '../../electron/api/import-types';
import { setBridge } from '../../renderer/src/api/client';
import { I18nProvider } from '../../renderer/src/i18n';
import { ImportPage } from '../../renderer/src/pages/ImportPage';

type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
interface Fake {
  bridge: PlannerBridge;
  calls: Array<{ name: ApiName; args: Record<string, unknown> }>;
}

function fake(replies: Partial<Record<ApiName, (args: Record<string, unknown>) => Reply>>): Fake {
  const calls: Fake['calls'] = [];
  const bridge: PlannerBridge = {
    call: async (name, args) => {
      calls.push({ name, args: args as Record<string, unknown> });
      const reply = replies[name];
      return (reply ? reply(args as Record<string, unknown>) : { ok: false, error: { code: 'X', message: `no ${name}` } }) as never;
    },
    on: () => () => {},
  };
  return { bridge, calls };
}

const sheet = (over: Partial<ImportSheet> = {}): ImportSheet => ({
  name: 'Caméras',
  rows: 2,
  skipped: 0,
  headerRow: 3,
  sourceTool: null,
  columns: [
    { header: 'Numéro de série', field: 'serial', confidence: 1, source: 'synonym', dropped: false, samples: ['HK1', 'AX1'] },
    { header: 'Adresse MAC', field: 'mac', confidence: 1, source: 'synonym', dropped: false, samples: ['bc5e.3357.5a98', 'zz-not-a-mac'] },
    { header: 'Couleur', field: null, confidence: 0, source: 'none', dropped: false, samples: ['blanc', 'noir'] },
    { header: 'Mot de passe', field: null, confidence: 1, source: 'vendor', dropped: true, droppedReason: 'credential', samples: [] },
  ],
  ...over,
});

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  file: 'registre.xlsx',
  dryRun: true,
  imported: 2,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  sheets: [{ name: 'Lisez-moi', rows: 0, skipped: 0, headerRow: null, ignoredReason: 'no device table', sourceTool: null, columns: [] }, sheet()],
  errors: [],
  warnings: [{ sheet: 'Caméras', row: 5, column: 'Adresse MAC', message: '"zz-not-a-mac" is not a MAC address; kept as text.' }],
  format: 'xlsx',
  encoding: null,
  delimiter: null,
  dateOrder: null,
  importId: null,
  ...over,
});

const ok = (value: unknown): Reply => ({ ok: true, value });
const noHistory = () => ok([] satisfies ImportHistoryEntry[]);

afterEach(cleanup);

function renderPage(lang: 'en' | 'fr' = 'en') {
  return render(
    <I18nProvider initial={lang}>
      <ImportPage />
    </I18nProvider>,
  );
}

async function chooseFile(name = 'registre.xlsx') {
  const input = screen.getByLabelText(/Spreadsheet to import|Tableur à importer/);
  fireEvent.change(input, { target: { files: [new File([new Uint8Array([80, 75, 3, 4, 1, 2])], name)] } });
  await screen.findByTestId('import-counts');
}

describe('the import wizard', () => {
  it('shows the sheets, the mapping with samples, and sends an edited mapping in import:run', async () => {
    const be = fake({ 'import:preview': () => ok(report()), 'import:run': () => ok({ ...report(), dryRun: false, importId: 7 }), 'imports:list': noHistory });
    setBridge(be.bridge);
    renderPage();
    await chooseFile();

    const sheets = screen.getByTestId('import-sheets');
    expect(within(sheets).getByText('Lisez-moi').closest('tr')!.textContent).toContain('Left out: no device table');
    expect(within(sheets).getByText('Caméras').closest('tr')!.textContent).toContain('Read');
    expect(screen.getByText('bc5e.3357.5a98 · zz-not-a-mac')).toBeTruthy();
    expect(screen.getByText('Password or user name: never stored')).toBeTruthy();

    // The file's bytes went to the preview as base64 (browser mode).
    const first = be.calls.find((c) => c.name === 'import:preview')!;
    expect(first.args).toMatchObject({ fileName: 'registre.xlsx', dataBase64: btoa('PK\x03\x04\x01\x02'), onDuplicate: 'update' });
    expect(first.args.mappings).toBeUndefined();

    fireEvent.change(screen.getByLabelText('Field for column “Couleur”'), { target: { value: 'notes' } });
    await waitFor(() => expect(be.calls.filter((c) => c.name === 'import:preview')).toHaveLength(2));
    expect(be.calls.at(-1)!.args.mappings).toEqual({ Caméras: { Couleur: 'notes' } });
    await waitFor(() => expect((screen.getByRole('button', { name: /^Import 2 rows/ }) as HTMLButtonElement).disabled).toBe(false));

    fireEvent.click(screen.getByLabelText('Keep the device as it is and skip the row'));
    await waitFor(() => expect((screen.getByRole('button', { name: /^Import 2 rows/ }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: /^Import 2 rows/ }));
    const result = await screen.findByTestId('import-result');
    const run = be.calls.find((c) => c.name === 'import:run')!;
    expect(run.args).toMatchObject({ fileName: 'registre.xlsx', mappings: { Caméras: { Couleur: 'notes' } }, onDuplicate: 'skip', acceptSkips: false });
    expect(result.textContent).toContain('registre.xlsx — new: 2, updated: 0, unchanged: 0, skipped: 0.');
    expect(within(result).getByRole('link').getAttribute('href')).toBe('#/inventory?import=7');
  });

  it('filters the problem list by kind, sheet and text', async () => {
    const problems = report({
      errors: [{ sheet: 'Caméras', row: 9, column: null, message: 'The row has no asset tag, serial, MAC, nor model with a location.' }],
      warnings: [
        { sheet: 'Caméras', row: 5, column: 'Adresse MAC', message: '"zz" is not a MAC address; kept as text.' },
        { sheet: 'NVR', row: 3, column: 'IP', message: '"300.1.1.1" is not an IP address; kept as text.' },
      ],
      sheets: [sheet(), sheet({ name: 'NVR' })],
    });
    setBridge(fake({ 'import:preview': () => ok(problems), 'imports:list': noHistory }).bridge);
    renderPage();
    await chooseFile();
    const rows = () => within(screen.getByTestId('import-problems')).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows()).toHaveLength(3);

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'warning' } });
    expect(rows()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Sheet'), { target: { value: 'NVR' } });
    expect(rows()).toEqual([expect.stringContaining('300.1.1.1')]);
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'error' } });
    expect(screen.queryByTestId('import-problems')).toBeNull();
    expect(screen.getByText('No problem matches these filters.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Sheet'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Contains'), { target: { value: 'mac address' } });
    expect(rows()).toEqual([expect.stringContaining('"zz" is not a MAC address')]);
  });

  it('shows a refused import as the sentence the backend gives, and sends acceptSkips once accepted', async () => {
    const sentence =
      'registre.xlsx: 1 row cannot be imported (first: sheet "Caméras", row 9: The row has no asset tag, serial, MAC, nor model with a location); nothing was written — fix it, or accept skipping it.';
    const withError = report({ errors: [{ sheet: 'Caméras', row: 9, column: null, message: 'The row has no asset tag, serial, MAC, nor model with a location.' }] });
    const be = fake({
      'import:preview': () => ok(withError),
      'import:run': (a) => (a.acceptSkips ? ok({ ...withError, dryRun: false, skipped: 1, importId: 3 }) : { ok: false, error: { code: 'ROW_ERRORS', message: sentence } }),
      'imports:list': noHistory,
    });
    setBridge(be.bridge);
    renderPage();
    await chooseFile();
    expect(screen.getByText('Fix the errors in the file, or accept skipping those rows, to import.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Import 2 rows/ }));
    const alert = await screen.findByTestId('import-refused');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(sentence);

    fireEvent.click(screen.getByLabelText('Import the other rows and skip the rows with errors (1)'));
    fireEvent.click(screen.getByRole('button', { name: /^Import 2 rows/ }));
    await screen.findByTestId('import-result');
    expect(be.calls.filter((c) => c.name === 'import:run').map((c) => c.args.acceptSkips)).toEqual([false, true]);
  });

  it('shows the backend progress events on a progress bar while importing', async () => {
    const be = fake({ 'import:preview': () => ok(report()), 'imports:list': noHistory });
    const listeners: Array<(p: unknown) => void> = [];
    let finish: (r: Reply) => void = () => {};
    const bridge: PlannerBridge = {
      call: (name, args) => (name === 'import:run' ? (new Promise((r) => (finish = r)) as never) : be.bridge.call(name, args)),
      on: (_event, l) => {
        listeners.push(l as (p: unknown) => void);
        return () => listeners.splice(listeners.indexOf(l as (p: unknown) => void), 1);
      },
    };
    setBridge(bridge);
    renderPage();
    await chooseFile();
    fireEvent.click(screen.getByRole('button', { name: /^Import 2 rows/ }));
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    act(() => listeners.forEach((l) => l({ task: 'export', phase: 'write', done: 9, total: 10 }))); // another task: ignored
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    act(() => listeners.forEach((l) => l({ task: 'import', phase: 'write', done: 1, total: 4 })));
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuetext')).toBe('Writing devices: 1 of 4');
    act(() => finish(ok({ ...report(), dryRun: false, importId: 2 })));
    await screen.findByTestId('import-result');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says which tool a vendor export came from', async () => {
    const sadp = report({ sheets: [sheet({ name: 'sadp', sourceTool: 'hikvision-sadp' })], warnings: [] });
    setBridge(fake({ 'import:preview': () => ok(sadp), 'imports:list': noHistory }).bridge);
    renderPage('fr');
    await chooseFile('sadp.csv');
    expect(screen.getByTestId('import-tool').textContent).toContain('Reconnu comme exportation Hikvision SADP');
    expect(screen.getByText('Aucun problème trouvé.')).toBeTruthy();
  });

  it('shows an unreadable file as the backend sentence', async () => {
    setBridge(fake({ 'import:preview': () => ({ ok: false, error: { code: 'NOT_A_SPREADSHEET', message: 'junk.csv is not a spreadsheet or a text table; save it as .xlsx or .csv and import that.' } }), 'imports:list': noHistory }).bridge);
    renderPage();
    fireEvent.change(screen.getByLabelText('Spreadsheet to import'), { target: { files: [new File(['\u0000\u0001'], 'junk.csv')] } });
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('junk.csv is not a spreadsheet or a text table; save it as .xlsx or .csv and import that.');
  });
});

describe('the import history', () => {
  const entry = (over: Partial<ImportHistoryEntry> = {}): ImportHistoryEntry => ({
    id: 4, fileName: 'registre.xlsx', format: 'xlsx', startedAt: '2025-05-01T14:00:00.000Z', user: 'mgr', inserted: 2, updated: 1, unchanged: 0, skipped: 0, undoneAt: null, ...over,
  });

  it('undoes an import after a confirmation and shows it undone', async () => {
    let undone = false;
    const be = fake({
      'imports:list': () => ok([entry(undone ? { undoneAt: '2025-05-02T10:00:00.000Z' } : {})]),
      'imports:undo': () => {
        undone = true;
        return ok({ importId: 4, removed: 2, restored: 1 });
      },
    });
    setBridge(be.bridge);
    renderPage();
    const table = await screen.findByTestId('import-history');
    expect(within(table).getByText('registre.xlsx').closest('tr')!.textContent).toContain('In the plan');
    fireEvent.click(within(table).getByRole('button', { name: 'Undo import 4 (registre.xlsx)' }));
    const dialog = screen.getByRole('alertdialog');
    expect(be.calls.some((c) => c.name === 'imports:undo')).toBe(false);
    const yes = within(dialog).getByRole('button', { name: 'Yes, undo this import' });
    expect(document.activeElement).toBe(yes);
    fireEvent.click(yes);
    await waitFor(() => expect(screen.getByTestId('import-undo-result').textContent).toBe('Import of registre.xlsx undone — devices removed: 2, restored: 1.'));
    expect(be.calls.filter((c) => c.name === 'imports:undo').map((c) => c.args)).toEqual([{ id: 4 }]);
    await waitFor(() => expect(within(screen.getByTestId('import-history')).getByText(/^Undone on/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: /^Undo import 4/ })).toBeNull();
  });

  it('cancels the confirmation without undoing', async () => {
    const be = fake({ 'imports:list': () => ok([entry()]) });
    setBridge(be.bridge);
    renderPage('fr');
    fireEvent.click(await screen.findByRole('button', { name: 'Annuler l’importation 4 (registre.xlsx)' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ne rien faire' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(be.calls.some((c) => c.name === 'imports:undo')).toBe(false);
  });
});
