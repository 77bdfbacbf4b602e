// Sheet names, column headers and value words of the exported workbook, in
// English and French. Kept here rather than in the renderer's catalogue: the
// workbook is written by the backend and the CLI, which never load the UI.
//
// The Inventory headers are chosen so the importer's synonym table recognises
// each one with full confidence (electron/services/import/fields.ts): the
// exported sheet must re-import without asking. "Status" is avoided on purpose:
// the importer reads it as the lifecycle column.

export type ExportLang = 'en' | 'fr';

export const INVENTORY_FIELDS = [
  'assetTag', 'site', 'building', 'location', 'type', 'manufacturer', 'model', 'serial',
  'mac', 'ip', 'firmware', 'installDate', 'lifecycle', 'notes', 'cost',
] as const;
export type InventoryField = (typeof INVENTORY_FIELDS)[number];

export interface ExportLabels {
  sheets: {
    summary: string; budget: string; plan: string; restricted: string; review: string;
    inventory: string; sources: string; audit: string; byFiscalYear: string;
  };
  inventory: Record<InventoryField, string> & { status: string; company: string };
  device: {
    id: string; site: string; building: string; location: string; type: string; manufacturer: string; model: string;
    serial: string; mac: string; ip: string; company: string; status: string; overridden: string; evidence: string;
    policies: string; citations: string; reason: string;
  };
  status: Record<'restricted' | 'review' | 'clear', string>;
  type: Record<'camera' | 'recorder' | 'encoder' | 'access_control' | 'intercom' | 'other', string>;
  lifecycle: Record<'in_service' | 'spare' | 'retired', string>;
  kind: Record<'replace' | 'dispose', string>;
  yes: string;
  no: string;
  summary: {
    item: string; value: string; planName: string; exportedOn: string; devices: string; sites: string; restricted: string;
    review: string; clear: string; restrictedPct: string; reviewPct: string; overridden: string; scenario: string;
    planStart: string; finishDate: string; lastMonth: string; scopeDevices: string; fundedDevices: string; fundedCost: string;
    unfundedDevices: string; unfundedCost: string; totalCap: string; ruleSet: string; noPlan: string; notFinished: string;
    policy: string; version: string; effective: string; citation: string; url: string; jurisdiction: string;
    byCompany: (company: string) => string; byType: (type: string) => string; section: string; metric: string;
    fiscalYear: string; sectionDevices: string; sectionPlan: string; sectionFiscalYear: string; sectionPolicies: string;
  };
  budget: {
    fy: string; cap: string; hardware: string; labour: string; licence: string; disposal: string; escalation: string;
    contingency: string; spend: string; headroom: string; devices: string; restrictedRemaining: string;
    cumulativeSpend: string; total: string; unfunded: string; replacedPct: string;
  };
  plan: { phase: string; site: string; month: string; fy: string; deviceId: string; assetTag: string; type: string; status: string; kind: string; total: string };
  sources: { policy: string; name: string; jurisdiction: string; kind: string; version: string; active: string; role: string; title: string; issuer: string; date: string; url: string; primary: string; supporting: string; binding: string; guidance: string };
  audit: { at: string; user: string; action: string; entity: string; entityId: string; oldValue: string; newValue: string; reason: string };
}

const en: ExportLabels = {
  sheets: {
    summary: 'Summary', budget: 'Budget by fiscal year', plan: 'Plan', restricted: 'Restricted devices', review: 'Review queue',
    inventory: 'Inventory', sources: 'Sources', audit: 'Audit log', byFiscalYear: 'By fiscal year',
  },
  inventory: {
    assetTag: 'Asset tag', site: 'Site', building: 'Building', location: 'Location', type: 'Equipment type',
    manufacturer: 'Manufacturer', model: 'Model', serial: 'Serial number', mac: 'MAC address', ip: 'IP address',
    firmware: 'Firmware', installDate: 'Install date', lifecycle: 'Lifecycle', notes: 'Notes', cost: 'Cost',
    status: 'Restriction status', company: 'Company',
  },
  device: {
    id: 'Device ID', site: 'Site', building: 'Building', location: 'Location', type: 'Equipment type', manufacturer: 'Manufacturer',
    model: 'Model', serial: 'Serial number', mac: 'MAC address', ip: 'IP address', company: 'Company', status: 'Restriction status',
    overridden: 'Overridden', evidence: 'Evidence', policies: 'Policies', citations: 'Citations', reason: 'Why it needs review',
  },
  status: { restricted: 'restricted', review: 'review', clear: 'clear' },
  type: { camera: 'camera', recorder: 'recorder', encoder: 'encoder', access_control: 'access control', intercom: 'intercom', other: 'other' },
  lifecycle: { in_service: 'in service', spare: 'spare', retired: 'retired' },
  kind: { replace: 'replace', dispose: 'decommission' },
  yes: 'yes',
  no: 'no',
  summary: {
    item: 'Item', value: 'Value', planName: 'Plan', exportedOn: 'Exported on', devices: 'Devices', sites: 'Sites',
    restricted: 'Restricted devices', review: 'Devices to review', clear: 'Clear devices', restrictedPct: 'Share restricted',
    reviewPct: 'Share to review', overridden: 'Tags overridden by hand', scenario: 'Scenario', planStart: 'Plan start',
    finishDate: 'Finish date', lastMonth: 'Last month with work', scopeDevices: 'Devices in scope', fundedDevices: 'Devices funded',
    fundedCost: 'Funded cost', unfundedDevices: 'Unfunded devices (backlog)', unfundedCost: 'Unfunded cost (backlog)',
    totalCap: 'Total budget caps', ruleSet: 'Rule set version', noPlan: 'No plan computed yet', notFinished: 'Not within the budgeted years',
    policy: 'Active policy', version: 'Version', effective: 'Effective date', citation: 'Citation', url: 'URL', jurisdiction: 'Jurisdiction',
    byCompany: (c) => `Restricted: ${c}`, byType: (t) => `Restricted ${t}s`, section: 'Section', metric: 'Metric',
    fiscalYear: 'Fiscal year', sectionDevices: 'Devices', sectionPlan: 'Plan', sectionFiscalYear: 'Fiscal year', sectionPolicies: 'Policies',
  },
  budget: {
    fy: 'Fiscal year', cap: 'Budget cap', hardware: 'Hardware', labour: 'Labour', licence: 'Licences', disposal: 'Disposal',
    escalation: 'Escalation', contingency: 'Contingency', spend: 'Total spend', headroom: 'Headroom', devices: 'Devices replaced',
    restrictedRemaining: 'Restricted left at year end', cumulativeSpend: 'Cumulative spend', total: 'Total', unfunded: 'Unfunded backlog',
    replacedPct: 'Restricted replaced (cumulative)',
  },
  plan: {
    phase: 'Phase', site: 'Site', month: 'Month', fy: 'Fiscal year', deviceId: 'Device ID', assetTag: 'Asset tag', type: 'Equipment type',
    status: 'Restriction status', kind: 'Work', total: 'Total cost',
  },
  sources: {
    policy: 'Policy ID', name: 'Policy', jurisdiction: 'Jurisdiction', kind: 'Kind', version: 'Version', active: 'Active in this plan',
    role: 'Role', title: 'Title', issuer: 'Issuer', date: 'Date', url: 'URL', primary: 'citation', supporting: 'supporting source',
    binding: 'binding', guidance: 'guidance',
  },
  audit: { at: 'When (UTC)', user: 'User', action: 'Action', entity: 'Entity', entityId: 'Entity ID', oldValue: 'Old value', newValue: 'New value', reason: 'Reason' },
};

const fr: ExportLabels = {
  sheets: {
    summary: 'Résumé', budget: 'Budget par exercice', plan: 'Plan', restricted: 'Appareils restreints', review: 'À examiner',
    inventory: 'Inventaire', sources: 'Sources', audit: 'Journal d’audit', byFiscalYear: 'Par exercice',
  },
  inventory: {
    assetTag: 'Numéro d’actif', site: 'Nom du site', building: 'Bâtiment', location: 'Emplacement', type: 'Type d’équipement',
    manufacturer: 'Fabricant', model: 'Modèle', serial: 'Numéro de série', mac: 'Adresse MAC', ip: 'Adresse IP',
    firmware: 'Micrologiciel', installDate: 'Date d’installation', lifecycle: 'État', notes: 'Remarques', cost: 'Coût',
    status: 'Statut de restriction', company: 'Entreprise',
  },
  device: {
    id: 'ID de l’appareil', site: 'Site', building: 'Bâtiment', location: 'Emplacement', type: 'Type d’équipement', manufacturer: 'Fabricant',
    model: 'Modèle', serial: 'Numéro de série', mac: 'Adresse MAC', ip: 'Adresse IP', company: 'Entreprise', status: 'Statut de restriction',
    overridden: 'Modifié à la main', evidence: 'Preuves', policies: 'Politiques', citations: 'Citations', reason: 'Pourquoi l’examiner',
  },
  status: { restricted: 'restreint', review: 'à examiner', clear: 'conforme' },
  type: { camera: 'caméra', recorder: 'enregistreur', encoder: 'encodeur', access_control: 'contrôle d’accès', intercom: 'interphone', other: 'autre' },
  lifecycle: { in_service: 'en service', spare: 'de rechange', retired: 'hors service' },
  kind: { replace: 'remplacement', dispose: 'mise hors service' },
  yes: 'oui',
  no: 'non',
  summary: {
    item: 'Élément', value: 'Valeur', planName: 'Plan', exportedOn: 'Exporté le', devices: 'Appareils', sites: 'Sites',
    restricted: 'Appareils restreints', review: 'Appareils à examiner', clear: 'Appareils conformes', restrictedPct: 'Part restreinte',
    reviewPct: 'Part à examiner', overridden: 'Étiquettes modifiées à la main', scenario: 'Scénario', planStart: 'Début du plan',
    finishDate: 'Date de fin', lastMonth: 'Dernier mois de travaux', scopeDevices: 'Appareils visés', fundedDevices: 'Appareils financés',
    fundedCost: 'Coût financé', unfundedDevices: 'Appareils non financés (arriéré)', unfundedCost: 'Coût non financé (arriéré)',
    totalCap: 'Total des plafonds budgétaires', ruleSet: 'Version des règles', noPlan: 'Aucun plan calculé', notFinished: 'Pas dans les exercices budgétés',
    policy: 'Politique active', version: 'Version', effective: 'Date d’effet', citation: 'Citation', url: 'URL', jurisdiction: 'Juridiction',
    byCompany: (c) => `Restreints : ${c}`, byType: (t) => `Restreints (${t})`, section: 'Section', metric: 'Indicateur',
    fiscalYear: 'Exercice', sectionDevices: 'Appareils', sectionPlan: 'Plan', sectionFiscalYear: 'Exercice', sectionPolicies: 'Politiques',
  },
  budget: {
    fy: 'Exercice', cap: 'Plafond budgétaire', hardware: 'Matériel', labour: 'Main-d’œuvre', licence: 'Licences', disposal: 'Élimination',
    escalation: 'Indexation', contingency: 'Imprévus', spend: 'Dépense totale', headroom: 'Marge', devices: 'Appareils remplacés',
    restrictedRemaining: 'Restreints restants en fin d’exercice', cumulativeSpend: 'Dépense cumulée', total: 'Total', unfunded: 'Arriéré non financé',
    replacedPct: 'Restreints remplacés (cumul)',
  },
  plan: {
    phase: 'Phase', site: 'Site', month: 'Mois', fy: 'Exercice', deviceId: 'ID de l’appareil', assetTag: 'Numéro d’actif', type: 'Type d’équipement',
    status: 'Statut de restriction', kind: 'Travaux', total: 'Coût total',
  },
  sources: {
    policy: 'ID de la politique', name: 'Politique', jurisdiction: 'Juridiction', kind: 'Nature', version: 'Version', active: 'Active dans ce plan',
    role: 'Rôle', title: 'Titre', issuer: 'Émetteur', date: 'Date', url: 'URL', primary: 'citation', supporting: 'source complémentaire',
    binding: 'contraignante', guidance: 'orientation',
  },
  audit: { at: 'Quand (UTC)', user: 'Utilisateur', action: 'Action', entity: 'Entité', entityId: 'ID de l’entité', oldValue: 'Ancienne valeur', newValue: 'Nouvelle valeur', reason: 'Motif' },
};

export const EXPORT_LABELS: Record<ExportLang, ExportLabels> = { en, fr };

export function exportLabels(lang: ExportLang): ExportLabels {
  return EXPORT_LABELS[lang];
}
