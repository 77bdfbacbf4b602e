// The native menu as data. Items that act on the plan send a command to the
// renderer, which owns the flows (import wizard, export options); file
// dialogs themselves open in main.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuCommand = 'new-plan' | 'open-plan' | 'open-sample' | 'import' | 'export' | 'undo' | 'redo' | 'about' | `open-recent:${string}`;

export interface MenuLabels {
  file: string;
  newPlan: string;
  openPlan: string;
  openRecent: string;
  openSample: string;
  import: string;
  export: string;
  edit: string;
  undo: string;
  redo: string;
  view: string;
  help: string;
  about: string;
}

export const MENU_LABELS: Record<'en' | 'fr', MenuLabels> = {
  en: {
    file: '&File', newPlan: 'New plan…', openPlan: 'Open plan…', openRecent: 'Open recent', openSample: 'Open the sample plan',
    import: 'Import inventory…', export: 'Export report…', edit: '&Edit', undo: 'Undo', redo: 'Redo', view: '&View', help: '&Help',
    about: 'About Camera Replacement Planner',
  },
  fr: {
    file: '&Fichier', newPlan: 'Nouveau plan…', openPlan: 'Ouvrir un plan…', openRecent: 'Ouvrir un plan récent', openSample: 'Ouvrir le plan d’exemple',
    import: 'Importer un inventaire…', export: 'Exporter un rapport…', edit: '&Édition', undo: 'Annuler', redo: 'Rétablir', view: '&Affichage', help: '&Aide',
    about: 'À propos du Planificateur de remplacement des caméras',
  },
};

export function menuTemplate(labels: MenuLabels, recent: string[], send: (c: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  return [
    {
      label: labels.file,
      submenu: [
        { label: labels.newPlan, accelerator: 'CmdOrCtrl+N', click: () => send('new-plan') },
        { label: labels.openPlan, accelerator: 'CmdOrCtrl+O', click: () => send('open-plan') },
        {
          label: labels.openRecent,
          enabled: recent.length > 0,
          submenu: recent.map((p) => ({ label: p, click: () => send(`open-recent:${p}`) })),
        },
        { label: labels.openSample, click: () => send('open-sample') },
        { type: 'separator' },
        { label: labels.import, accelerator: 'CmdOrCtrl+I', click: () => send('import') },
        { label: labels.export, accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        // Plan-level undo goes through the command log, not the text-field undo.
        { label: labels.undo, accelerator: 'CmdOrCtrl+Z', click: () => send('undo') },
        { label: labels.redo, accelerator: 'CmdOrCtrl+Shift+Z', click: () => send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: labels.view,
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: labels.help, submenu: [{ label: labels.about, click: () => send('about') }] },
  ];
}

/** Help › About, shown by main in a native box. */
export const ABOUT_TEXT: Record<'en' | 'fr', { title: string; detail: string }> = {
  en: {
    title: 'Camera Replacement Planner',
    detail: 'Finds restricted cameras and recorders in your inventories and plans their phased replacement within budget. Works offline: your plans stay on this computer.',
  },
  fr: {
    title: 'Planificateur de remplacement des caméras',
    detail: 'Repère les caméras et enregistreurs visés dans vos inventaires et planifie leur remplacement par phases, dans les limites du budget. Fonctionne hors ligne : vos plans restent sur cet ordinateur.',
  },
};
