import { inventoryEn } from './inventory.en';

// English message catalogue. Every user-facing string in the renderer comes
// from here (or fr.ts); keys are grouped by area. `{name}` marks a parameter.
export const en = {
  'app.title': 'Camera Replacement Planner',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',
  'app.planLabel': 'Plan: {name}',
  'app.sampleBadge': 'Sample',
  'app.noPlan': 'No plan open',

  'nav.label': 'Main navigation',
  'nav.dashboard': 'Dashboard',
  'nav.inventory': 'Inventory',
  'nav.restricted': 'Restricted',
  'nav.plan': 'Plan',
  'nav.reports': 'Reports',
  'nav.settings': 'Settings',

  'welcome.title': 'Find and replace restricted cameras, phase by phase',
  'welcome.lead':
    'Import your camera and recorder inventories, tag the devices restricted by the Canadian directive, and plan their replacement within budget. Everything stays on this computer.',
  'welcome.openSample': 'Open the sample plan',
  'welcome.sampleHint': 'A fictional federal department with 12 sites and about 600 devices.',
  'welcome.newPlan': 'New plan',
  'welcome.openPlan': 'Open plan…',
  'welcome.recent': 'Recent plans',
  'welcome.noRecent': 'No recent plans yet.',

  'summary.devices': 'Devices',
  'summary.restricted': 'Restricted',
  'summary.review': 'To review',
  'summary.clear': 'Clear',
  'summary.sites': 'Sites',
  'summary.policies': 'Active policies',
  'summary.heading': 'Inventory at a glance',

  'error.generic': 'Something went wrong: {message}',
  'error.retry': 'Try again',

  'settings.language': 'Language',
  'settings.languageHelp': 'The language of menus, reports and messages.',
  'settings.english': 'English',
  'settings.french': 'Français',
  'settings.planFile': 'Plan file',

  'backups.heading': 'Backups',
  'backups.help':
    'The plan is backed up automatically before every import, plan regeneration and update of the file format; the last 10 backups are kept in the backups folder next to the plan file.',
  'backups.createNow': 'Back up now',
  'backups.created': 'Backed up as {name}.',
  'backups.none': 'No backups of this plan yet.',
  'backups.when': 'Taken',
  'backups.reason': 'Before',
  'backups.size': 'Size',
  'backups.actions': 'Actions',
  'backups.kb': '{n} KB',
  'backups.restore': 'Restore…',
  'backups.confirmLabel': 'Confirm the restore',
  'backups.confirm': 'Replace the plan with this backup? The current state is backed up first.',
  'backups.restoreConfirm': 'Restore',
  'backups.restored': 'Restored the backup of {when}. The state just before is kept as {kept}.',
  'backups.reason.import': 'an import',
  'backups.reason.migration': 'a file format update',
  'backups.reason.plan': 'a plan regeneration',
  'backups.reason.restore': 'a restore',
  'backups.reason.manual': 'taken by hand',
  'backups.reason.undo': 'undoing an import',

  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.none': '—',
  'common.comingSoon': 'This page is being built.',
  ...inventoryEn,
};

export type MessageKey = keyof typeof en;
