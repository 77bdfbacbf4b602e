import type { reportsEn } from './reports.en';

// Messages français de la page Rapports. Chaque clé de reports.en.ts doit exister ici.
export const reportsFr: Record<keyof typeof reportsEn, string> = {
  'reports.heading': 'Rapports',
  'reports.lead': 'Exportez le plan vers Excel pour la direction et les vérificateurs. Les fichiers sont écrits sur cet ordinateur seulement.',
  'reports.kindLegend': 'Quoi exporter',
  'reports.kind.full': 'Classeur du plan',
  'reports.kind.fullHelp': 'Résumé, budget par exercice, plan, appareils restreints avec preuves, file d’examen, inventaire complet, sources et journal d’audit.',
  'reports.kind.redacted': 'Résumé caviardé',
  'reports.kind.redactedHelp': 'Nombres, pourcentages et totaux par exercice, sans nom de site, adresse, numéro de série, adresse MAC, adresse IP ni emplacement.',
  'reports.kind.csv': 'Inventaire en CSV',
  'reports.kind.csvHelp': 'Chaque appareil avec chacune de ses colonnes d’origine, pour d’autres outils. Les valeurs qui commencent comme une formule sont précédées d’une apostrophe.',
  'reports.language': 'Langue des feuilles et des colonnes',
  'reports.english': 'Anglais',
  'reports.french': 'Français',
  'reports.export': 'Exporter…',
  'reports.exporting': 'Exportation…',
  'reports.saved': 'Enregistré : {file} ({size}).',
  'reports.downloaded': 'Téléchargé : {file} ({size}).',
  'reports.cancelled': 'Exportation annulée.',
  'reports.failed': 'L’exportation a échoué : {message}',
  'reports.sheets': 'Feuilles : {sheets}',
};
