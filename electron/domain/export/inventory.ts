// The Inventory sheet: every device with every column it came with. Canonical
// fields first (headers the importer recognises at full confidence), then the
// tag (status, company), then every original column the import kept as an
// extra attribute, in the order first seen. Written so that importing this
// sheet into a fresh plan gives back the same devices.
import { deviceTypeFromWords } from '../normalise/device-type';
import { foldKey } from '../normalise/text';
import type { ExportDevice } from './device';
import { INVENTORY_FIELDS, type ExportLabels, type InventoryField } from './labels';
import { rowsOf, type CellKind, type CellValue, type ColumnSpec, type TableBlock } from './table';

const FIELD_KIND: Record<InventoryField, CellKind> = {
  assetTag: 'text', site: 'text', building: 'text', location: 'text', type: 'text', manufacturer: 'text', model: 'text',
  serial: 'text', mac: 'text', ip: 'text', firmware: 'text', installDate: 'date', lifecycle: 'text', notes: 'text', cost: 'money',
};
/** Fields whose values repeat down the sheet (a few sites, makers, models, dates): the writer shares their cells. */
const REPEATS = new Set<InventoryField>(['site', 'building', 'location', 'type', 'manufacturer', 'model', 'firmware', 'installDate', 'lifecycle', 'cost']);
const FIELD_WIDTH: Record<InventoryField, number> = {
  assetTag: 12, site: 28, building: 24, location: 20, type: 16, manufacturer: 22, model: 22, serial: 28, mac: 19, ip: 15,
  firmware: 14, installDate: 12, lifecycle: 12, notes: 30, cost: 12,
};

/** The type a register's own word reads as, memoised per export: a few distinct words over 100k devices. */
type WordTypes = Map<string, ReturnType<typeof deviceTypeFromWords>>;

/** The Equipment type cell: the register's own word when it still reads as the same type, else ours. */
function typeText(d: ExportDevice, labels: ExportLabels, wordTypes: WordTypes): string {
  if (d.subtype) {
    let kind = wordTypes.get(d.subtype);
    if (kind === undefined) wordTypes.set(d.subtype, (kind = deviceTypeFromWords(d.subtype)));
    if (kind === d.type) return d.subtype;
  }
  return labels.type[d.type];
}

/**
 * A device's cells before its extra columns: the canonical fields in INVENTORY_FIELDS order, then the tag (status,
 * company). One literal rather than a look-up per field: at 100k devices that is ~30 ms of the export.
 */
function deviceCells(d: ExportDevice, labels: ExportLabels, wordTypes: WordTypes = new Map()): CellValue[] {
  return [
    d.assetTag, d.site, d.building, d.location, typeText(d, labels, wordTypes), d.manufacturer, d.model, d.serial,
    // The MAC as the register wrote it: it normalises to the same MAC on re-import, and keeps its original form.
    d.macRaw ?? d.mac,
    d.ip, d.firmware, d.installDate, d.lifecycle ? labels.lifecycle[d.lifecycle] : null, d.notes, d.costCents,
    labels.status[d.status], d.company,
  ];
}

interface ExtraColumn {
  key: string;
  /** Index of the canonical field with the same folded header: the value goes there when that field is empty. */
  mergeInto: number | null;
}

/**
 * Extra keys in first-seen order. A key that folds to a canonical header (an
 * amount the import could not read, kept as text under the original "Cost")
 * shares that column, so it comes back the same way on re-import.
 */
function extraColumns(devices: readonly ExportDevice[], canonical: readonly string[]): ExtraColumn[] {
  const canonicalIndex = new Map(canonical.map((h, i) => [foldKey(h), i]));
  const seen = new Set<string>();
  const out: ExtraColumn[] = [];
  for (const d of devices) {
    for (const key in d.extra) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, mergeInto: canonicalIndex.get(foldKey(key)) ?? null });
    }
  }
  return out;
}

export function inventoryTable(devices: readonly ExportDevice[], labels: ExportLabels): TableBlock {
  const canonical = INVENTORY_FIELDS.map((f) => labels.inventory[f]);
  const extras = extraColumns(devices, canonical);
  const extraKeys = new Set(extras.map((e) => foldKey(e.key)));
  // A register may have its own "Company" column: the original keeps its name, ours gives way.
  const derivedHeader = (h: string) => (extraKeys.has(foldKey(h)) ? `${h} (planner)` : h);

  // Extras that collide with a canonical header but cannot share it (both hold a value) get their own column.
  const separate = extras.filter((e) => e.mergeInto === null || devices.some((d) => d.extra[e.key] !== undefined && deviceCells(d, labels)[e.mergeInto!] !== null));
  const merged = extras.filter((e) => !separate.includes(e));

  const columns: ColumnSpec[] = [
    ...INVENTORY_FIELDS.map((f) => ({ header: labels.inventory[f], kind: FIELD_KIND[f], width: FIELD_WIDTH[f], repeats: REPEATS.has(f) })),
    { header: derivedHeader(labels.inventory.status), kind: 'text' as const, width: 14, repeats: true },
    { header: derivedHeader(labels.inventory.company), kind: 'text' as const, width: 14, repeats: true },
    ...separate.map((e) => ({ header: e.key, kind: 'text' as const, width: Math.min(40, Math.max(10, e.key.length + 2)) })),
  ];

  const wordTypes: WordTypes = new Map();
  const rows = rowsOf(devices, (d) => {
    const row = deviceCells(d, labels, wordTypes);
    for (const e of merged) {
      const v = d.extra[e.key];
      if (v !== undefined && row[e.mergeInto!] === null) {
        row[e.mergeInto!] = { kind: 'text', value: v }; // the unreadable original text, as text whatever the column's kind
      }
    }
    for (const e of separate) row.push(d.extra[e.key] ?? null);
    return row;
  });
  return { columns, rows };
}
