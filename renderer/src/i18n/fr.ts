import type { MessageKey } from './en';

// Catalogue français. Chaque clé de en.ts doit exister ici : le typage l'exige.
export const fr: Record<MessageKey, string> = {
  'app.title': 'Planificateur de remplacement des caméras',
  'app.skipToContent': 'Passer au contenu principal',
  'app.loading': 'Chargement…',
  'app.planLabel': 'Plan : {name}',
  'app.sampleBadge': 'Exemple',
  'app.noPlan': 'Aucun plan ouvert',

  'nav.label': 'Navigation principale',
  'nav.dashboard': 'Tableau de bord',
  'nav.inventory': 'Inventaire',
  'nav.restricted': 'Visés par restriction',
  'nav.plan': 'Plan',
  'nav.reports': 'Rapports',
  'nav.settings': 'Paramètres',

  'welcome.title': 'Repérer et remplacer les caméras visées, phase par phase',
  'welcome.lead':
    'Importez vos inventaires de caméras et d’enregistreurs, marquez les appareils visés par la directive canadienne et planifiez leur remplacement dans les limites du budget. Tout reste sur cet ordinateur.',
  'welcome.openSample': 'Ouvrir le plan d’exemple',
  'welcome.sampleHint': 'Un ministère fédéral fictif : 12 sites et environ 600 appareils.',
  'welcome.newPlan': 'Nouveau plan',
  'welcome.openPlan': 'Ouvrir un plan…',
  'welcome.recent': 'Plans récents',
  'welcome.noRecent': 'Aucun plan récent.',

  'summary.devices': 'Appareils',
  'summary.restricted': 'Visés',
  'summary.review': 'À examiner',
  'summary.clear': 'Conformes',
  'summary.sites': 'Sites',
  'summary.policies': 'Politiques actives',
  'summary.heading': 'L’inventaire en un coup d’œil',

  'error.generic': 'Une erreur est survenue : {message}',
  'error.retry': 'Réessayer',

  'settings.language': 'Langue',
  'settings.languageHelp': 'La langue des menus, des rapports et des messages.',
  'settings.english': 'English',
  'settings.french': 'Français',
  'settings.planFile': 'Fichier du plan',

  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.none': '—',
  'common.comingSoon': 'Cette page est en construction.',
};
