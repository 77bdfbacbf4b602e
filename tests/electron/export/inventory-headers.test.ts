// The Inventory headers are the importer's own words: each one maps to its
// field by the importer's synonym table, and the tag columns map to none (so
// they never take a field's place on re-import).
import { describe, expect, it } from 'vitest';
import { EXPORT_LABELS, INVENTORY_FIELDS } from '../../../electron/domain/export/labels';
import { suggestMapping } from '../../../electron/services/import/mapping';
import { suggestField } from '../../../electron/services/import/fields';
import { detectVendor } from '../../../electron/services/import/vendors';

describe('Inventory headers', () => {
  it('are each recognised by the importer at full confidence in English', () => {
    const l = EXPORT_LABELS.en.inventory;
    for (const f of INVENTORY_FIELDS) expect(suggestField(l[f]), l[f]).toEqual({ field: f, confidence: 1 });
  });

  it('are each recognised by the importer in French (État at the table’s 0.7: no full-confidence French word for lifecycle)', () => {
    const l = EXPORT_LABELS.fr.inventory;
    for (const f of INVENTORY_FIELDS) {
      const hit = suggestField(l[f]);
      expect(hit?.field, l[f]).toBe(f);
      expect(hit!.confidence, l[f]).toBeGreaterThanOrEqual(f === 'lifecycle' ? 0.7 : 1);
    }
  });

  it('do not look like a vendor tool’s export, and the tag columns claim no field', () => {
    for (const lang of ['en', 'fr'] as const) {
      const l = EXPORT_LABELS[lang].inventory;
      const headers = [...INVENTORY_FIELDS.map((f) => l[f]), l.status, l.company];
      expect(detectVendor(headers)).toBeNull();
      const mapping = suggestMapping(headers, null, null);
      expect(mapping.map((m) => m.field)).toEqual([...INVENTORY_FIELDS, null, null]);
    }
  });
});
