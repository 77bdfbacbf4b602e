// A tagging run reuses one device's verdict for every device that reads the
// same (tagging/memo.ts). Whatever the order and however much is reused, each
// device must get exactly what evaluating it alone gives: the same status,
// company and, byte for byte, the same evidence JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newEvidenceCache, newTagMemo, parseExtra, tagDevice, tagDeviceJson, type StoredTagInput, type TagMemo } from '../../../electron/domain/tagging';
import { ouiRegistry, ruleSet } from '../../../electron/services/tagging';

const rules = ruleSet();
const registry = ouiRegistry().lookup;
const CA = new Set(['ca-federal-2025']);
const ALL = new Set(rules.policies.map((p) => p.id));

function alone(d: StoredTagInput, active: ReadonlySet<string>) {
  const r = tagDevice(rules, { ...d, extra: parseExtra(d.extra) }, active, registry, newEvidenceCache());
  return { status: r.status, company: r.company, evidenceJson: JSON.stringify(r.evidence) };
}

function expectSameAsAlone(devices: StoredTagInput[], active: ReadonlySet<string>, memo: TagMemo = newTagMemo()): void {
  for (const d of devices) expect(tagDeviceJson(rules, d, active, registry, memo), JSON.stringify(d)).toEqual(alone(d, active));
}

const dev = (p: Partial<StoredTagInput>): StoredTagInput => ({ manufacturer: null, model: null, serial: null, mac: null, sourceTool: null, extra: '{}', ...p });

// Pairs that share everything but the part of the device the memo must not ignore.
const CASES: Array<[string, StoredTagInput[]]> = [
  ['two addresses of one listed Hikvision block', [dev({ manufacturer: 'Hikvision', mac: 'C0:56:E3:12:34:56' }), dev({ manufacturer: 'Hikvision', mac: 'c0-56-e3-ab-cd-ef' })]],
  ['a listed block, then a clear block, same maker and model', [dev({ manufacturer: 'Uniview', model: 'IPC2122LB', mac: 'C0:56:E3:00:00:01' }), dev({ manufacturer: 'Uniview', model: 'IPC2122LB', mac: '48:EA:63:00:00:01' })]],
  ['an excluded MA-M block inside a Dahua MA-L block', [dev({ mac: '40:2C:76:10:00:01' }), dev({ mac: '40:2C:76:20:00:01' }), dev({ mac: '40:2C:76:10:FF:FF' })]],
  ['software-made addresses', [dev({ manufacturer: 'Axis', mac: '02:00:00:00:00:01' }), dev({ manufacturer: 'Axis', mac: '06:11:22:33:44:55' })]],
  ['a registry-only maker, two addresses', [dev({ mac: 'AC:CC:8E:01:02:03' }), dev({ mac: 'AC:CC:8E:0A:0B:0C' })]],
  ['no address, a blank one, an unreadable one', [dev({ manufacturer: 'Dahua' }), dev({ manufacturer: 'Dahua', mac: '' }), dev({ manufacturer: 'Dahua', mac: 'not a mac' }), dev({ manufacturer: 'Dahua', mac: '00:00:00:00:00:00' })]],
  ['model written two ways (same once normalised)', [dev({ model: 'ds-2cd2143g2-i', mac: 'C0:56:E3:00:00:01' }), dev({ model: '  DS-2CD2143G2-I ', mac: 'C0:56:E3:00:00:02' })]],
  ['manufacturer written two ways (not the same text in the evidence)', [dev({ manufacturer: 'Hikvision' }), dev({ manufacturer: ' Hikvision ' }), dev({ manufacturer: 'HIKVISION' })]],
  ['serials that embed a Hikvision model, with different dates', [
    dev({ manufacturer: 'Hikvision', serial: 'DS-2CD2387G2-LU20231105AAWRJ12345678', mac: 'C0:56:E3:00:00:01' }),
    dev({ manufacturer: 'Hikvision', serial: 'DS-2CD2387G2-LU20220101AAWRJ99999999', mac: 'C0:56:E3:00:00:02' }),
    dev({ manufacturer: 'Hikvision', serial: 'DS-7608NI-K220210101CCWRK11111111', mac: 'C0:56:E3:00:00:03' }),
    dev({ manufacturer: 'Hikvision', serial: 'SN-12345', mac: 'C0:56:E3:00:00:04' }),
  ]],
  ['maker-like extra columns', [dev({ extra: '{"Vendor":"Dahua"}' }), dev({ extra: '{"Vendor":"Axis"}' }), dev({ extra: '{"Room":"Dahua"}' }), dev({ extra: 'not json' })]],
  ['source tools', [dev({ sourceTool: 'hikvision-sadp-csv', mac: '4c-bd-8f-00-00-01' }), dev({ sourceTool: 'hikvision-sadp', mac: '4c-bd-8f-00-00-02' }), dev({ sourceTool: 'x', mac: '4c-bd-8f-00-00-03' })]],
  ['conflicting evidence with an address', [dev({ manufacturer: 'Axis', mac: 'C0:56:E3:00:00:01' }), dev({ manufacturer: 'Axis', mac: 'C0:56:E3:00:00:09' })]],
  ['texts that look like the JSON around a MAC value', [
    dev({ manufacturer: '{"field":"mac","value":"', mac: 'C0:56:E3:00:00:01' }),
    dev({ manufacturer: '{"field":"mac","value":"', mac: 'C0:56:E3:00:00:02' }),
    dev({ manufacturer: 'Hikvision "c0:56:e3:00:00:03"\u0000', model: 'C0:56:E3:00:00:03', mac: 'C0:56:E3:00:00:03' }),
    dev({ manufacturer: 'Hikvision "c0:56:e3:00:00:03"\u0000', model: 'C0:56:E3:00:00:03', mac: 'C0:56:E3:00:00:04' }),
  ]],
];

describe('a tagging run that reuses verdicts gives each device what tagging it alone gives', () => {
  it.each(CASES)('%s', (_label, devices) => {
    expectSameAsAlone(devices, CA);
    expectSameAsAlone([...devices].reverse(), ALL);
  });

  it('devices that differ only in their own address and serial share one verdict', () => {
    const memo = newTagMemo();
    const devices = ['20231105AAWRJ12345678', '20220101AAWRJ99999999', '20210630CCWRK11111111'].map((tail, i) =>
      dev({ manufacturer: 'Hikvision', model: 'DS-2CD2387G2-LU', serial: `DS-2CD2387G2-LU${tail}`, mac: `C0:56:E3:00:00:0${i}` }),
    );
    expectSameAsAlone(devices, CA, memo);
    expect(memo.verdicts.size).toBe(1);
  });

  it('every case in one run, twice over, under two policy sets', () => {
    const all = CASES.flatMap(([, d]) => d);
    for (const active of [CA, ALL]) {
      const memo = newTagMemo();
      expectSameAsAlone(all, active, memo);
      expectSameAsAlone([...all].reverse(), active, memo);
    }
  });

  it('random devices drawn from few makers, models and blocks (so verdicts are reused) match one by one', () => {
    const pick = <T,>(xs: T[]) => fc.constantFrom(...xs);
    const block = pick(['C0:56:E3', '4C:BD:8F', '40:2C:76', '48:EA:63', 'AC:CC:8E', '02:11:22', '00:09:18', '3C:EF:8C', 'BC:32:5F']);
    const mac = fc.oneof(
      fc.tuple(block, fc.integer({ min: 0, max: 0xffffff })).map(([b, n]) => `${b}:${n.toString(16).padStart(6, '0').match(/../g)!.join(':')}`),
      fc.constant(null),
      fc.string({ maxLength: 14 }),
    );
    const device = fc.record({
      manufacturer: fc.option(pick(['Hikvision', 'HIKVISION', 'Dahua', 'Lorex', 'EZVIZ', 'Axis', 'Bosch', 'Uniview', 'LTS', 'Acme', ' ']), { nil: null }),
      model: fc.option(pick(['DS-2CD2143G2-I', 'ds-2cd2143g2-i', 'IPC-HDW2431T', 'NDE-3502-AL', 'CMIP3C42W-28', 'C800', 'X']), { nil: null }),
      serial: fc.option(
        fc.oneof(
          fc.tuple(pick(['DS-2CD2387G2-LU', 'DS-7608NI-K2', 'iDS-2CD7A46G0']), fc.integer({ min: 20150101, max: 20291231 }), pick(['AAWRJ1', 'CCWRK22'])).map(([m, d, t]) => `${m}${d}${t}`),
          fc.string({ maxLength: 10 }),
        ),
        { nil: null },
      ),
      mac,
      sourceTool: fc.option(pick(['hikvision-sadp-csv', 'dahua-configtool', 'nmap-xml']), { nil: null }),
      extra: pick(['{}', '{"Vendor":"Dahua"}', '{"MAC Vendor":"Hikvision"}', '']),
    });
    for (const active of [CA, ALL]) {
      const memo = newTagMemo(); // one run: shared across every device of every sample
      fc.assert(
        fc.property(fc.array(device, { minLength: 1, maxLength: 30 }), (devices) => {
          expectSameAsAlone(devices, active, memo);
        }),
        { numRuns: 200, seed: 20260401 },
      );
      expect(memo.verdicts.size).toBeGreaterThan(0);
    }
  });
});
