// The canonical fields offered in the mapping table, in the order a register
// usually lists them, with their catalogue labels.
import type { ImportFieldName } from '../../../../electron/api/import-types';
import type { MessageKey } from '../../i18n';

export const FIELD_ORDER: ImportFieldName[] = [
  'assetTag', 'site', 'building', 'location', 'type', 'manufacturer', 'model', 'serial',
  'mac', 'ip', 'firmware', 'installDate', 'lifecycle', 'notes', 'cost',
];

export const fieldLabel = (f: ImportFieldName): MessageKey => `import.field.${f}`;

/** Per sheet: header -> field (null: keep as an extra attribute). Only the columns the user changed. */
export type MappingEdits = Record<string, Record<string, ImportFieldName | null>>;

export function toolLabel(tool: string): MessageKey | null {
  const key = `import.tool.${tool}`;
  return KNOWN_TOOLS.has(tool) ? (key as MessageKey) : null;
}
const KNOWN_TOOLS = new Set([
  'hikvision-sadp', 'hikvision-ivms4200', 'milestone-camera-report', 'milestone-hardware-csv', 'milestone-import-csv',
  'angry-ip-scanner', 'nmap-xml', 'tkh-sdm2', 'advanced-ip-scanner',
]);
