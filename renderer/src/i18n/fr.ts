import type { MessageKey } from './en';
import { inventoryFr } from './inventory.fr';

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

  'backups.heading': 'Sauvegardes',
  'backups.help':
    'Le plan est sauvegardé automatiquement avant chaque importation, chaque recalcul du plan et chaque mise à jour du format du fichier; les 10 dernières sauvegardes sont conservées dans le dossier backups à côté du fichier du plan.',
  'backups.createNow': 'Sauvegarder maintenant',
  'backups.created': 'Sauvegardé sous {name}.',
  'backups.none': 'Aucune sauvegarde de ce plan pour l’instant.',
  'backups.when': 'Prise le',
  'backups.reason': 'Avant',
  'backups.size': 'Taille',
  'backups.actions': 'Actions',
  'backups.kb': '{n} Ko',
  'backups.restore': 'Restaurer…',
  'backups.confirmLabel': 'Confirmer la restauration',
  'backups.confirm': 'Remplacer le plan par cette sauvegarde? L’état actuel est d’abord sauvegardé.',
  'backups.restoreConfirm': 'Restaurer',
  'backups.restored': 'Sauvegarde du {when} restaurée. L’état juste avant est conservé sous {kept}.',
  'backups.reason.import': 'une importation',
  'backups.reason.migration': 'une mise à jour du format du fichier',
  'backups.reason.plan': 'un recalcul du plan',
  'backups.reason.restore': 'une restauration',
  'backups.reason.manual': 'prise manuellement',
  'backups.reason.undo': 'l’annulation d’une importation',

  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.none': '—',
  'common.comingSoon': 'Cette page est en construction.',
  ...inventoryFr,
};
