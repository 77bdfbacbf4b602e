// The insert binds values by position: each input field must land in its own column.
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanDb, type Db } from '../../db/open';
import { prepareInsertDevice } from '../../db/queries/devices';

let db: Db;
afterEach(() => db?.close());

describe('inserting a device', () => {
  it('stores every field in its own column', () => {
    db = openPlanDb(':memory:');
    const siteId = Number(db.prepare("INSERT INTO sites (name, name_key) VALUES ('Depot', 'depot')").run().lastInsertRowid);
    const importId = Number(db.prepare("INSERT INTO imports (file_name, file_hash, format, user) VALUES ('f.xlsx', 'h', 'xlsx', 'u')").run().lastInsertRowid);
    const id = prepareInsertDevice(db)({
      siteId, assetTag: 'AT-1', building: 'B2', location: 'Lobby', type: 'recorder', subtype: 'NVR', manufacturer: 'Axis', model: 'P3245',
      serial: 'SN9', mac: 'AA:BB:CC:00:00:01', macRaw: 'aabbcc000001', ip: '10.0.0.9', firmware: '9.80', installDate: '2019-05-06',
      lifecycle: 'spare', notes: 'a note', costCents: 12345, extra: { Zone: 'North' }, sourceTool: 'sadp', importId, sourceFile: 'f.xlsx',
      sourceSheet: 'Cams', sourceRow: 7, tag: { status: 'clear', company: 'axis', evidenceJson: '[{"field":"manufacturer"}]' },
    });
    expect(db.prepare('SELECT * FROM devices WHERE id = ?').get(id)).toMatchObject({
      site_id: siteId, asset_tag: 'AT-1', building: 'B2', location: 'Lobby', type: 'recorder', subtype: 'NVR', manufacturer: 'Axis',
      model: 'P3245', serial: 'SN9', mac: 'AA:BB:CC:00:00:01', mac_raw: 'aabbcc000001', ip: '10.0.0.9', firmware: '9.80',
      install_date: '2019-05-06', lifecycle: 'spare', notes: 'a note', cost_cents: 12345, extra: '{"Zone":"North"}', source_tool: 'sadp',
      import_id: importId, source_file: 'f.xlsx', source_sheet: 'Cams', source_row: 7, status: 'clear', company: 'axis',
      evidence: '[{"field":"manufacturer"}]',
    });
  });

  it('waits for a re-tag as review when no verdict is given', () => {
    db = openPlanDb(':memory:');
    const id = prepareInsertDevice(db)({ siteId: null, type: 'camera', manufacturer: 'Bosch' });
    expect(db.prepare('SELECT status, company, evidence, extra FROM devices WHERE id = ?').get(id)).toEqual({ status: 'review', company: null, evidence: '[]', extra: '{}' });
  });
});
