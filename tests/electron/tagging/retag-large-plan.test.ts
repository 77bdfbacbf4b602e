// A full re-tag reads the devices a batch at a time and reuses verdicts across
// devices (tagging/memo.ts): on a plan larger than one batch, with an override
// in it, every row must end as tagging that device alone says, and the diff must
// count every device once.
import { describe, expect, it } from 'vitest';
import { openPlanDb } from '../../../db/open';
import { prepareInsertDevice } from '../../../db/queries/devices';
import { ensureSite } from '../../../db/queries/sites';
import { newEvidenceCache, tagDevice } from '../../../electron/domain/tagging';
import { setOverride } from '../../../electron/services/overrides';
import { activePolicyIds } from '../../../electron/services/policies';
import { ouiRegistry, retagAll, ruleSet } from '../../../electron/services/tagging';

const MAKERS = ['Hikvision', 'Dahua', 'Axis', 'Bosch', 'LTS', null];
const MODELS = ['DS-2CD2143G2-I', 'IPC-HDW2431T', 'P3265-LVE', null];
const BLOCKS = ['C0:56:E3', '40:2C:76', 'AC:CC:8E', '02:11:22'];

describe('re-tagging a plan larger than one read batch', () => {
  it('tags all 1,234 devices as each alone would be, overridden one included', () => {
    const db = openPlanDb(':memory:');
    const insert = prepareInsertDevice(db);
    const siteId = ensureSite(db, { name: 'Headquarters' });
    const n = 1234;
    for (let i = 0; i < n; i++) {
      const hex = (i * 7919).toString(16).padStart(6, '0').slice(-6);
      insert({
        siteId,
        type: 'camera',
        manufacturer: MAKERS[i % MAKERS.length],
        model: MODELS[i % MODELS.length],
        serial: i % 5 === 0 ? `DS-2CD2143G2-I2021${String(1 + (i % 12)).padStart(2, '0')}15AAWR${i}` : `SN${i}`,
        mac: i % 9 === 0 ? null : `${BLOCKS[i % BLOCKS.length]}:${hex.match(/../g)!.join(':')}`,
        extra: i % 11 === 0 ? { Vendor: 'Dahua' } : {},
      });
    }
    const diff = retagAll(db);
    expect(diff.devices).toBe(n);
    expect(diff.changed).toBe(n); // a new plan holds no evidence yet: every row is written
    const overridden = (db.prepare("SELECT id FROM devices WHERE manufacturer = 'Axis' ORDER BY id LIMIT 1").get() as { id: number }).id;
    setOverride(db, { deviceId: overridden, status: 'restricted', reason: 'Seen on site: a Hikvision board inside', user: 'tester' });
    expect(retagAll(db)).toMatchObject({ devices: n, changed: 0 }); // nothing new to write

    const active = new Set(activePolicyIds(db));
    const rows = db.prepare('SELECT id, manufacturer, model, serial, mac, source_tool, extra, status, company, evidence FROM devices ORDER BY id').all() as Array<{
      id: number; manufacturer: string | null; model: string | null; serial: string | null; mac: string | null; source_tool: string | null; extra: string; status: string; company: string | null; evidence: string;
    }>;
    expect(rows).toHaveLength(n);
    for (const r of rows) {
      const alone = tagDevice(ruleSet(), { manufacturer: r.manufacturer, model: r.model, serial: r.serial, mac: r.mac, sourceTool: r.source_tool, extra: r.extra === '{}' ? null : JSON.parse(r.extra) }, active, ouiRegistry().lookup, newEvidenceCache());
      if (r.id === overridden) {
        expect(r.status).toBe('restricted');
        expect(r.evidence.startsWith('[{"field":"override"')).toBe(true);
        expect(r.evidence.endsWith(`,${JSON.stringify(alone.evidence).slice(1)}`)).toBe(true);
      } else expect({ id: r.id, status: r.status, company: r.company, evidence: r.evidence }).toEqual({ id: r.id, status: alone.status, company: alone.company, evidence: JSON.stringify(alone.evidence) });
    }
    db.close();
  });
});
