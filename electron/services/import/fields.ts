// Canonical import fields and the header words (EN/FR) that suggest them.
// Header text is compared after foldKey(): lower case, no accents, no punctuation.
import { foldKey } from '../../domain/normalise/text';

export const IMPORT_FIELDS = [
  'assetTag', 'site', 'building', 'location', 'type', 'manufacturer', 'model', 'serial',
  'mac', 'ip', 'firmware', 'installDate', 'lifecycle', 'notes', 'cost',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** [synonym, confidence]. Synonyms are folded keys; exact matches only unless marked partial below. */
const SYNONYMS: Record<ImportField, Array<[string, number]>> = {
  assetTag: [
    ['asset tag', 1], ['asset tag number', 1], ['asset tag no', 1], ['asset no', 0.95], ['asset number', 0.95], ['asset id', 0.9],
    ['asset', 0.7], ['tag', 0.7], ['tag number', 0.85], ['inventory number', 0.9], ['inventory no', 0.9], ['property number', 0.85],
    ['barcode', 0.8], ['etiquette', 0.85], ['numero d actif', 1], ['no d actif', 1], ['n d actif', 1], ['numero d inventaire', 0.95],
    ['no d inventaire', 0.95], ['n d inventaire', 0.95], ['code barre', 0.8], ['numero de bien', 0.9], ['asset_tag', 1],
  ],
  site: [
    ['site', 1], ['site name', 1], ['facility', 0.9], ['facility name', 0.9], ['campus', 0.8], ['edifice', 0.9], ['immeuble', 0.9],
    ['installation', 0.7], ['nom du site', 1], ['lieu', 0.7], ['property', 0.6], ['establishment', 0.7], ['etablissement', 0.8],
  ],
  building: [['building', 1], ['bldg', 0.9], ['batiment', 1], ['pavillon', 0.85], ['building name', 1], ['nom du batiment', 1], ['tower', 0.6]],
  location: [
    ['location', 1], ['emplacement', 1], ['room', 0.8], ['floor', 0.7], ['area', 0.7], ['zone', 0.7], ['position', 0.7], ['local', 0.8],
    ['piece', 0.7], ['etage', 0.7], ['camera location', 1], ['mounting location', 1], ['location description', 1],
    ['description de l emplacement', 1], ['localisation', 0.9],
  ],
  type: [
    ['device type', 0.9], ['type', 0.8], ['equipment type', 1], ['type d appareil', 1], ['type d equipement', 1], ['category', 0.8],
    ['categorie', 0.8], ['device category', 0.9], ['asset type', 0.9], ['kind', 0.6], ['type de dispositif', 1], ['os type', 0.6], ['appareil', 0.7], ['equipement', 0.7], ['type d appareil', 1],
  ],
  manufacturer: [
    ['manufacturer', 1], ['make', 1], ['brand', 1], ['vendor', 0.9], ['mfr', 1], ['mfg', 0.9], ['fabricant', 1], ['marque', 1],
    ['manufacturier', 1], ['constructeur', 0.9], ['mac vendor', 0.7], ['maker', 1], ['manufacturer name', 1],
  ],
  model: [
    ['model', 1], ['model no', 1], ['model number', 1], ['model name', 1], ['modele', 1], ['no de modele', 1], ['numero de modele', 1],
    ['n de modele', 1], ['product', 0.7], ['part number', 0.8], ['product type', 0.7], ['modelname', 1], ['model_number', 1],
    ['asset model', 0.9], ['reference', 0.6], ['produit', 0.6], ['model #', 1], ['device model', 1],
  ],
  serial: [
    ['serial', 1], ['serial number', 1], ['serial no', 1], ['s n', 1], ['sn', 0.9], ['serialnumber', 1], ['serialno', 1],
    ['device serial number', 1], ['device serial no', 1], ['numero de serie', 1], ['no de serie', 1], ['n de serie', 1], ['serie', 0.8],
  ],
  mac: [
    ['mac', 1], ['mac address', 1], ['macaddress', 1], ['physical address', 0.9], ['adresse mac', 1], ['adresse physique', 0.9],
    ['ethernet address', 0.8], ['mac id', 0.9],
  ],
  ip: [
    ['ip', 1], ['ip address', 1], ['ipv4 address', 1], ['ipaddress', 1], ['adresse ip', 1], ['ipv4', 1], ['address', 0.6],
    ['hardwareaddress', 0.8], ['ip adresse', 1], ['network address', 0.8],
  ],
  firmware: [
    ['firmware', 1], ['firmware version', 1], ['software version', 0.9], ['version', 0.7], ['fw', 0.8], ['firmwareversion', 1],
    ['micrologiciel', 1], ['version du micrologiciel', 1], ['version logicielle', 0.9],
  ],
  installDate: [
    ['install date', 1], ['installed', 1], ['installation date', 1], ['date installed', 1], ['date of installation', 1],
    ['date d installation', 1], ['installe le', 1], ['date de mise en service', 1], ['in service date', 1], ['commissioning date', 1],
    ['mise en service', 0.9], ['purchase date', 0.6], ['date d achat', 0.6], ['year installed', 0.9], ['annee d installation', 0.9],
    ['installation', 0.6], ['date installation', 1],
  ],
  lifecycle: [
    ['status', 0.6], ['state', 0.5], ['lifecycle', 1], ['cycle de vie', 1], ['etat du cycle de vie', 1], ['lifecycle status', 1], ['etat', 0.7], ['statut', 0.6],
    ['operational status', 0.8], ['asset status', 0.8],
  ],
  notes: [
    ['notes', 1], ['note', 1], ['comments', 1], ['comment', 1], ['remarks', 1], ['remarques', 1], ['commentaires', 1],
    ['commentaire', 1], ['observations', 0.9], ['asset notes', 1],
  ],
  cost: [
    ['cost', 1], ['price', 0.9], ['purchase cost', 1], ['unit cost', 1], ['value', 0.6], ['cout', 1], ['prix', 0.9],
    ['cout unitaire', 1], ['valeur', 0.6], ['replacement cost', 0.9], ['purchase price', 0.9], ['montant', 0.7], ['purchase_cost', 1],
  ],
};

const EXACT = new Map<string, { field: ImportField; confidence: number }>();
for (const field of IMPORT_FIELDS) {
  for (const [syn, confidence] of SYNONYMS[field]) {
    const key = foldKey(syn);
    const prior = EXACT.get(key);
    if (!prior || prior.confidence < confidence) EXACT.set(key, { field, confidence });
  }
}
/** Long synonyms also match inside a longer header ("Camera MAC Address" -> mac). */
const PARTIAL = [...EXACT.entries()].filter(([k]) => k.length >= 5 && k.includes(' ')).sort((a, b) => b[0].length - a[0].length);

export function headerKey(header: string): string {
  return foldKey(header);
}

/** Best field suggestion for one header, with a confidence in [0, 1]; null when none. */
export function suggestField(header: string): { field: ImportField; confidence: number } | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = EXACT.get(key) ?? EXACT.get(key.replace(/ /g, ''));
  if (exact) return exact;
  for (const [syn, hit] of PARTIAL) {
    if (` ${key} `.includes(` ${syn} `)) return { field: hit.field, confidence: Math.min(0.7, hit.confidence * 0.75) };
  }
  return null;
}

/**
 * Columns holding credentials (vendor exports carry camera passwords): dropped
 * on import, never stored, not even in `extra`.
 */
export function isCredentialHeader(header: string): boolean {
  const key = headerKey(header).replace(/ /g, '');
  return /(password|passwd|passwort|passphrase|motdepasse|^pwd$|^pass$|username|^user$|^login$|loginname|identifiant|utilisateur|nomdutilisateur|credential|secret|apikey|token|community|^pin$|hardwareusername|hardwarepassword)/.test(key);
}
