import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { ABOUT_TEXT, MENU_LABELS, menuTemplate, type MenuCommand } from '../../electron/main/menu-template';

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]) ?? [];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as unknown as () => void)();
}

describe('the native menu', () => {
  it('has the same labels in English and French, none empty', () => {
    expect(Object.keys(MENU_LABELS.fr).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const lang of ['en', 'fr'] as const) for (const v of Object.values(MENU_LABELS[lang])) expect(v.trim()).not.toBe('');
    expect(Object.keys(ABOUT_TEXT.fr)).toEqual(Object.keys(ABOUT_TEXT.en));
  });

  it('File offers New, Open, Open recent, the sample, Import and Export, each sending its command', () => {
    const sent: MenuCommand[] = [];
    const [file, edit, , help] = menuTemplate(MENU_LABELS.en, ['/plans/a.sqlite'], (c) => sent.push(c), false);
    const byLabel = (m: MenuItemConstructorOptions, label: string) => items(m).find((i) => i.label === label);
    for (const label of ['New plan…', 'Open plan…', 'Open the sample plan', 'Import inventory…', 'Export report…']) click(byLabel(file, label));
    click(items(byLabel(file, 'Open recent')!)[0]);
    click(byLabel(edit, 'Undo'));
    click(byLabel(edit, 'Redo'));
    click(items(help)[0]);
    expect(sent).toEqual(['new-plan', 'open-plan', 'open-sample', 'import', 'export', 'open-recent:/plans/a.sqlite', 'undo', 'redo', 'about']);
  });

  it('disables Open recent when there is no recent plan', () => {
    const [file] = menuTemplate(MENU_LABELS.fr, [], () => {}, false);
    expect(items(file).find((i) => i.label === MENU_LABELS.fr.openRecent)?.enabled).toBe(false);
  });
});
