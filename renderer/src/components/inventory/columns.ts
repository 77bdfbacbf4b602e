// The inventory grid's columns: what each shows, how wide, whether the API can sort by it.
import type { DeviceQuery, DeviceRow } from '../../../../electron/api/types';
import type { MessageKey } from '../../i18n';

export type ColumnId =
  | 'assetTag' | 'status' | 'company' | 'site' | 'building' | 'location' | 'type' | 'manufacturer'
  | 'model' | 'serial' | 'mac' | 'ip' | 'firmware' | 'installDate' | 'lifecycle';

export interface Column {
  id: ColumnId;
  label: MessageKey;
  /** Fixed CSS width: every row is its own grid, so tracks must not depend on content. */
  width: string;
  sort?: NonNullable<DeviceQuery['sort']>;
  value(row: DeviceRow): string | null;
}

export const COLUMNS: readonly Column[] = [
  { id: 'assetTag', label: 'col.assetTag', width: '7.5rem', value: (r) => r.assetTag },
  { id: 'status', label: 'col.status', width: '11rem', sort: 'status', value: (r) => r.status },
  { id: 'company', label: 'col.company', width: '7rem', value: (r) => r.company },
  { id: 'site', label: 'col.site', width: '13rem', sort: 'site', value: (r) => r.site },
  { id: 'building', label: 'col.building', width: '12rem', value: (r) => r.building },
  { id: 'location', label: 'col.location', width: '9.5rem', value: (r) => r.location },
  { id: 'type', label: 'col.type', width: '8.5rem', sort: 'type', value: (r) => r.type },
  { id: 'manufacturer', label: 'col.manufacturer', width: '12rem', sort: 'manufacturer', value: (r) => r.manufacturer },
  { id: 'model', label: 'col.model', width: '12rem', sort: 'model', value: (r) => r.model },
  { id: 'serial', label: 'col.serial', width: '14rem', value: (r) => r.serial },
  { id: 'mac', label: 'col.mac', width: '11rem', sort: 'mac', value: (r) => r.mac },
  { id: 'ip', label: 'col.ip', width: '8rem', value: (r) => r.ip },
  { id: 'firmware', label: 'col.firmware', width: '7rem', value: (r) => r.firmware },
  { id: 'installDate', label: 'col.installDate', width: '8rem', sort: 'installDate', value: (r) => r.installDate },
  { id: 'lifecycle', label: 'col.lifecycle', width: '7.5rem', value: (r) => r.lifecycle },
];

export const DEFAULT_COLUMNS: readonly ColumnId[] = ['assetTag', 'status', 'site', 'location', 'type', 'manufacturer', 'model', 'mac'];

const STORAGE_KEY = 'crp.inventory.columns';

export function loadColumns(): ColumnId[] {
  try {
    const v = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (Array.isArray(v)) {
      const ids = v.filter((x): x is ColumnId => COLUMNS.some((c) => c.id === x));
      if (ids.length) return ids;
    }
  } catch {
    // A damaged preference falls back to the defaults.
  }
  return [...DEFAULT_COLUMNS];
}

export function saveColumns(ids: readonly ColumnId[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
}
