// Table-driven tests of the pure matcher, one table per kind of evidence and
// one per look-alike guard, against the committed rule data and the real IEEE
// registry from oui-data.
import { describe, expect, it } from 'vitest';
import { tagDevice, type TagInput } from '../../../electron/domain/tagging';
import { ouiRegistry, ruleSet } from '../../../electron/services/tagging';

const rules = ruleSet();
const registry = ouiRegistry().lookup;
const CA = new Set(['ca-federal-2025']);
const FCC = new Set(['ca-federal-2025', 'us-fcc-covered']);

function dev(p: Partial<TagInput>): TagInput {
  return { manufacturer: null, model: null, serial: null, mac: null, sourceTool: null, ...p };
}
function tag(p: Partial<TagInput>, active: ReadonlySet<string> = CA) {
  return tagDevice(rules, dev(p), active, registry);
}

describe('maker names and aliases, normalised', () => {
  it.each([
    ['Hikvision', 'hikvision'],
    ['HIKVISION', 'hikvision'],
    ['Hik Vision', 'hikvision'],
    ['hikvision.', 'hikvision'],
    ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'hikvision'],
    ['HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO.,LTD', 'hikvision'],
    ['Hikvision Canada Inc.', 'hikvision'],
    ['杭州海康威视数字技术股份有限公司', 'hikvision'],
    ['EZVIZ', 'hikvision'],
    ['Hikrobot', 'hikvision'],
  ])('%s is restricted as %s under the Canadian policy, with the citation', (manufacturer, company) => {
    const r = tag({ manufacturer });
    expect(r.status).toBe('restricted');
    expect(r.company).toBe(company);
    const name = r.evidence.find((e) => e.field === 'manufacturer')!;
    expect(name.policy).toBe('ca-federal-2025');
    expect(name.citation?.url).toMatch(/^https?:\/\//);
    expect(name.citation?.date).toBe('2025-06-27');
  });

  it.each([
    ['Dahua', 'dahua'],
    ['ZHEJIANG DAHUA TECHNOLOGYCO.,LTD', 'dahua'],
    ['Huawei Technologies Co., Ltd.', 'huawei'],
    ['ZTE Corporation', 'zte'],
    ['Hytera Communications Co., Ltd.', 'hytera'],
    ['Norsat International Inc.', 'hytera'],
    ['Sinclair Technologies', 'hytera'],
  ])('%s is review under the Canadian policy alone and restricted once the FCC list is on', (manufacturer, company) => {
    expect(tag({ manufacturer })).toMatchObject({ status: 'review', company });
    expect(tag({ manufacturer }, FCC)).toMatchObject({ status: 'restricted', company });
  });
});

describe('brands and relabels with their confidence', () => {
  it.each([
    ['LTS', 'hikvision', 'relabel'],
    ['Annke', 'hikvision', 'relabel'],
    ['Interlogix', 'hikvision', 'relabel'],
    ['HiLook', 'hikvision', 'brand'], // reported brand only
    ['HiWatch', 'hikvision', 'brand'], // unsure
    ['Amcrest', 'dahua', 'relabel'],
    ['Lorex', 'dahua', 'brand'], // Dahua-owned 2018-2022 only
    ['Imou', 'dahua', 'brand'], // divested 2025
  ])('%s alone goes to review, pointing at %s', (manufacturer, company, kind) => {
    const r = tag({ manufacturer }, FCC);
    expect(r.status).toBe('review');
    expect(r.company).toBe(company);
    expect(r.evidence[0].kind).toBe(kind);
  });

  it('a relabel corroborated by a Hikvision MAC is restricted (OUI identifies the maker)', () => {
    expect(tag({ manufacturer: 'LTS', mac: 'BC:AD:28:01:02:03' })).toMatchObject({ status: 'restricted', company: 'hikvision' });
  });

  it('a reported brand with a confirmed model pattern is restricted', () => {
    expect(tag({ manufacturer: 'HiLook', model: 'IPC-B120HA' })).toMatchObject({ status: 'restricted', company: 'hikvision' });
  });
});

describe('MAC OUI', () => {
  it.each([
    ['BC:AD:28:11:22:33', 'hikvision', 'restricted'],
    ['bc-5e-33-11-22-33', 'hikvision', 'restricted'],
    ['bcad.2811.2233', 'hikvision', 'restricted'],
    ['44:19:B6:00:00:01', 'hikvision', 'restricted'],
    ['0C:A6:4C:00:00:01', 'hikvision', 'restricted'], // EZVIZ block
    ['B0:B3:53:60:00:01', 'hikvision', 'restricted'], // Hikrobot MA-M block, 7 digits
    ['3C:EF:8C:00:00:01', 'dahua', 'review'], // Dahua, but no active policy names it
    ['00:1F:54:00:00:01', 'dahua', 'review'], // Lorex block: time-scoped
  ])('%s -> %s, %s', (mac, company, status) => {
    expect(tag({ mac })).toMatchObject({ company, status });
  });

  it('an OUI from the registry that no policy lists names a clear maker', () => {
    const r = tag({ mac: 'AC:CC:8E:00:00:01' });
    expect(r.status).toBe('clear');
    expect(r.evidence[0].note).toMatch(/Axis Communications AB/);
  });

  it('a locally administered MAC names no maker and is not clear', () => {
    const r = tag({ mac: '02:11:22:33:44:55' });
    expect(r.status).toBe('review');
    expect(r.evidence.some((e) => e.rule === 'oui:local')).toBe(true);
  });
});

describe('model-number patterns', () => {
  it.each([
    ['DS-2CD2143G2-I', 'hikvision', 'restricted'],
    ['iDS-2CD7A46G0-IZHS', 'hikvision', 'restricted'],
    ['DS-7608NI-K2', 'hikvision', 'restricted'],
    ['DS-7732NI-I4/16P', 'hikvision', 'restricted'],
    ['DS-K1T671M-L', 'hikvision', 'restricted'],
    ['IPC-T240H', 'hikvision', 'restricted'], // HiLook
    ['IPC-HDW2431T-AS-S2', 'dahua', 'review'],
    ['DH-IPC-HFW2831S-S-S2', 'dahua', 'review'],
    ['DHI-NVR4216-16P-4KS2', 'dahua', 'review'],
    ['NVR5232-EI', 'dahua', 'review'],
  ])('%s -> %s (%s under the Canadian policy)', (model, company, status) => {
    expect(tag({ model })).toMatchObject({ company, status });
  });

  it('Dahua models with and without the DH-/DHI- prefix are restricted under the FCC list', () => {
    for (const model of ['IPC-HDBW2441E-S', 'DH-IPC-HDBW2441E-S', 'NVR4108HS-8P-4KS2', 'DHI-NVR4108HS-EI']) {
      expect(tag({ model }, FCC)).toMatchObject({ status: 'restricted', company: 'dahua' });
    }
  });

  it('a shape shared with other makers (Huawei IPC6xxx-) counts only with a matching maker', () => {
    expect(tag({ model: 'IPC6512-Z30' }, FCC).status).toBe('review');
    expect(tag({ model: 'IPC6512-Z30' }, FCC).company).toBeNull();
    expect(tag({ model: 'IPC6512-Z30', manufacturer: 'Huawei' }, FCC)).toMatchObject({ status: 'restricted', company: 'huawei' });
  });
});

describe('serials that embed a model', () => {
  it.each([
    ['DS-2CD2143G2-I20230512AAWR123456789'],
    ['DS-K1T671M-L20230531V030230ENAA7715198'],
    ['ds-7608ni-k220210101ccrr12345678'],
  ])('%s is Hikvision by its serial alone', (serial) => {
    const r = tag({ serial });
    expect(r).toMatchObject({ status: 'restricted', company: 'hikvision' });
    expect(r.evidence[0]).toMatchObject({ field: 'serial', rule: 'hik-serial' });
  });

  it('a serial that starts like a Cisco part is not read as Hikvision', () => {
    expect(tag({ serial: 'DS-C9148S-K920230101ABC' }).company).toBeNull();
  });
});

describe('source tool', () => {
  it.each(['hikvision-sadp', 'hikvision-sadp-csv'])('a row from a SADP export (%s) is Hikvision-made', (sourceTool) => {
    const r = tag({ sourceTool, manufacturer: null, model: 'XYZ-1' });
    expect(r).toMatchObject({ status: 'restricted', company: 'hikvision' });
    expect(r.evidence.some((e) => e.field === 'source_tool')).toBe(true);
  });

  it('a row from an nmap scan says nothing about the maker', () => {
    expect(tag({ sourceTool: 'nmap-xml' }).status).toBe('review');
  });
});

describe('look-alike guards', () => {
  it.each<[Partial<TagInput>, string]>([
    [{ manufacturer: 'Uniview', model: 'IPC2122LB-SF28-A', mac: '48:EA:63:00:00:01' }, 'Uniview IPC2…'],
    [{ manufacturer: 'Uniview', model: 'NVR301-08S3' }, 'Uniview NVR30x'],
    [{ manufacturer: 'Uniview', model: 'IPC6234ER-X30P' }, 'Uniview IPC6… is not Huawei'],
    [{ manufacturer: 'Cisco', model: 'DS-C9148S-K9' }, 'Cisco DS-C…'],
    [{ manufacturer: 'Cisco Systems', model: 'DS-X9648-1536K9' }, 'Cisco DS-X…'],
    [{ manufacturer: 'Honor', model: 'Magic5' }, 'Honor is not Huawei'],
    [{ manufacturer: 'Honor Device Co., Ltd.' }, 'Honor legal name'],
    [{ manufacturer: 'Shanghai Dahua Scale Factory', mac: '40:2C:76:10:00:01' }, 'a scale maker named Dahua'],
    [{ manufacturer: 'Axis Communications', model: 'P3245-V' }, 'Axis'],
    [{ manufacturer: 'Panasonic', model: 'WV-S1536LA' }, 'Panasonic'],
    [{ manufacturer: 'i-PRO', model: 'WV-S1536LA' }, 'i-PRO'],
    [{ manufacturer: 'Bosch', model: 'NDV-5702-A' }, 'Bosch'],
    [{ manufacturer: 'Hanwha Vision', model: 'XNV-8080R', mac: '00:09:18:00:00:01' }, 'Hanwha (Samsung Techwin OUI)'],
    [{ manufacturer: 'Avigilon', model: '2.0C-H5A-BO1-IR' }, 'Avigilon'],
  ])('%o (%s) is clear even with every policy on', (p) => {
    const all = new Set(rules.policies.map((x) => x.id));
    const r = tag(p, all);
    expect(r.status).toBe('clear');
    expect(r.company).toBeNull();
  });

  it('Synology DS920+ is not Hikvision', () => {
    expect(tag({ model: 'DS920+' }).company).toBeNull();
  });
});

describe('status rules', () => {
  it('conflicting evidence goes to review and the conflict is written down', () => {
    const r = tag({ manufacturer: 'Axis', mac: 'BC:AD:28:00:00:01' });
    expect(r.status).toBe('review');
    const conflict = r.evidence.find((e) => e.strength === 'conflict')!;
    expect(conflict.note).toMatch(/manufacturer says Axis.*mac says Hikvision/);
  });

  it('a device with nothing to go on is review, never clear', () => {
    expect(tag({ manufacturer: 'Acme Cameras', model: 'X1' }).status).toBe('review');
    expect(tag({}).status).toBe('review');
  });

  it('every restricted device carries a policy item for each active policy naming its company', () => {
    const r = tag({ manufacturer: 'Hikvision' }, new Set(['ca-federal-2025', 'us-ndaa-889', 'uk-2022']));
    const policies = r.evidence.filter((e) => e.kind === 'policy').map((e) => e.policy);
    expect(policies).toEqual(['ca-federal-2025', 'us-ndaa-889', 'uk-2022']);
  });

  it('the UK guidance alone never restricts: it names no company', () => {
    const r = tag({ manufacturer: 'Hikvision' }, new Set(['uk-2022']));
    expect(r.status).toBe('review');
  });

  it('Quebec covers Dahua only by report: review, not restricted', () => {
    expect(tag({ manufacturer: 'Dahua' }, new Set(['qc-2023'])).status).toBe('review');
    expect(tag({ manufacturer: 'Hikvision' }, new Set(['qc-2023'])).status).toBe('restricted');
  });
});
