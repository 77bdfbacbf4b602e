import { describe, expect, it } from 'vitest';
import {
  decideDateOrder, deviceTypeFromModel, deviceTypeFromWords, lifecycleFromWords, makerKey, normaliseDate, normaliseIp,
  normaliseMac, parseCents,
} from '../../../electron/domain/normalise';
import { isCredentialHeader, suggestField } from '../../../electron/services/import/fields';
import { headerSignature, suggestMapping } from '../../../electron/services/import/mapping';
import { detectVendor } from '../../../electron/services/import/vendors';

describe('MAC addresses', () => {
  it.each([
    ['bc-5e-33-57-5a-98', 'BC:5E:33:57:5A:98'],
    ['BC:5E:33:57:5A:98', 'BC:5E:33:57:5A:98'],
    ['bc5e.3357.5a98', 'BC:5E:33:57:5A:98'],
    ['bc5e33575a98', 'BC:5E:33:57:5A:98'],
    [' bc:5e:33:57:5a:98 ', 'BC:5E:33:57:5A:98'],
    ['0:7:5f:1:2:3', '00:07:5F:01:02:03'],
  ])('%s -> %s', (raw, mac) => expect(normaliseMac(raw)).toEqual({ ok: true, mac }));
  it.each(['bc:5e:33', 'zz:5e:33:57:5a:98', '00:00:00:00:00:00', 'bc:5e-33:57:5a:98', '10.0.0.5'])('%s is invalid', (raw) =>
    expect(normaliseMac(raw).ok).toBe(false),
  );
});

describe('IP addresses', () => {
  it.each([
    ['10.0.0.5', '10.0.0.5'],
    ['http://10.1.2.3/', '10.1.2.3'],
    ['10.1.2.3:8000', '10.1.2.3'],
    ['010.001.002.003', '10.1.2.3'],
    ['fe80::1', 'fe80::1'],
    ['[fe80::1]:80', 'fe80::1'],
  ])('%s -> %s', (raw, ip) => expect(normaliseIp(raw)).toEqual({ ok: true, ip }));
  it.each(['10.0.0.256', 'camera-1', '10.0.0', ''])('%s is invalid', (raw) => expect(normaliseIp(raw).ok).toBe(false));
});

describe('dates', () => {
  it('decides day/month order per file from unambiguous values', () => {
    expect(decideDateOrder(['03/04/2019', '25/12/2020'])).toBe('DMY');
    expect(decideDateOrder(['03/04/2019', '12/25/2020'])).toBe('MDY');
    expect(decideDateOrder(['03/04/2019'])).toBeNull();
    expect(decideDateOrder(['25/12/2020', '12/25/2020'])).toBe('conflict');
  });
  it.each([
    [43831, null, '2020-01-01'],
    ['2019-04-05', null, '2019-04-05'],
    ['2019/04/05', null, '2019-04-05'],
    ['2019-04-05 13:00', null, '2019-04-05'],
    ['25/12/2020', null, '2020-12-25'],
    ['03/04/2019', 'DMY', '2019-04-03'],
    ['03/04/2019', 'MDY', '2019-03-04'],
    ['5 avril 2019', null, '2019-04-05'],
    ['April 5, 2019', null, '2019-04-05'],
    ['2016', null, '2016'],
    [2016, null, '2016'],
    ['43831', null, '2020-01-01'],
  ] as const)('%s (%s) -> %s', (raw, order, date) => expect(normaliseDate(raw, order)).toEqual({ ok: true, date }));
  it('flags an undecidable date and an impossible one', () => {
    expect(normaliseDate('03/04/2019', null)).toMatchObject({ ok: false, ambiguous: true });
    expect(normaliseDate('31/02/2019', null).ok).toBe(false);
    expect(normaliseDate('soon', null).ok).toBe(false);
  });
});

describe('amounts with decimal commas', () => {
  it.each([
    ['1 234,56 $', false, 123456],
    ['$1,234.56', false, 123456],
    ['1.234,56', false, 123456],
    ['1,5', false, 150],
    ['1,500', false, 150000],
    ['1,500', true, 150],
    ['850', false, 85000],
  ] as const)('%s (decimal comma %s) -> %i cents', (raw, dc, cents) => expect(parseCents(raw, dc)).toEqual({ ok: true, cents }));
  it('refuses text', () => expect(parseCents('about ten', false).ok).toBe(false));
});

describe('device types and lifecycle from EN/FR words', () => {
  it.each([
    ['Caméra', 'camera'], ['Camera IP dôme', 'camera'], ['PTZ', 'camera'], ['Enregistreur', 'recorder'], ['NVR', 'recorder'],
    ['DVR 16 ch', 'recorder'], ['Encodeur vidéo', 'encoder'], ['Contrôle d’accès', 'access_control'], ['Card reader', 'access_control'],
    ['Interphone', 'intercom'], ['Door station', 'intercom'], ['Autre', 'other'],
  ] as const)('%s -> %s', (word, kind) => expect(deviceTypeFromWords(word)).toBe(kind));
  it('infers from model numbers', () => {
    expect(deviceTypeFromModel('DS-2CD2143G2-I')).toBe('camera');
    expect(deviceTypeFromModel('DS-7608NI-K2')).toBe('recorder');
    expect(deviceTypeFromModel('DS-K1T671M-L')).toBe('access_control');
    expect(deviceTypeFromModel('P3265-LVE')).toBeNull();
  });
  it.each([['En service', 'in_service'], ['Spare', 'spare'], ['Hors service', 'retired'], ['Retired', 'retired'], ['de rechange', 'spare']] as const)(
    '%s -> %s', (w, s) => expect(lifecycleFromWords(w)).toBe(s),
  );
});

describe('makers compare case- and punctuation-insensitively', () => {
  it('folds spellings to one key', () => {
    expect(makerKey('HIKVISION')).toBe(makerKey('Hik-Vision'));
    expect(makerKey('Hikvision.')).toBe('hikvision');
  });
});

describe('header mapping', () => {
  it.each([
    ['Make', 'manufacturer'], ['Marque', 'manufacturer'], ['Fabricant', 'manufacturer'], ['Modèle', 'model'],
    ['Numéro de série', 'serial'], ['Serial No.', 'serial'], ['Adresse MAC', 'mac'], ['Édifice', 'site'], ['Immeuble', 'site'],
    ["Date d'installation", 'installDate'], ['Installed', 'installDate'], ['Asset Tag', 'assetTag'], ['Camera MAC Address', 'mac'],
    ['Coût', 'cost'], ['Emplacement', 'location'],
  ] as const)('%s -> %s', (h, f) => expect(suggestField(h)?.field).toBe(f));

  it('recognises credential columns', () => {
    for (const h of ['Password', 'UserName', 'User Name', 'HardwarePassword', 'Mot de passe', "Nom d'utilisateur"]) expect(isCredentialHeader(h)).toBe(true);
    for (const h of ['Model', 'Serial', 'Manufacturer']) expect(isCredentialHeader(h)).toBe(false);
  });

  it('maps a SADP export without asking and drops nothing but credentials', () => {
    const headers = ['Index', 'Device Type', 'Status', 'IPv4 Address', 'Port', 'Software Version', 'IPv4 Gateway', 'HTTP Port', 'Device Serial Number', 'Subnet Mask', 'MAC Address'];
    const vendor = detectVendor(headers);
    expect(vendor?.tool).toBe('hikvision-sadp');
    const m = suggestMapping(headers, vendor, null);
    expect(Object.fromEntries(m.filter((c) => c.field).map((c) => [c.header, c.field]))).toEqual({
      'Device Type': 'model', 'IPv4 Address': 'ip', 'Software Version': 'firmware', 'Device Serial Number': 'serial', 'MAC Address': 'mac',
    });
  });

  it('gives each field to one column only and ignores header order and case in the signature', () => {
    const m = suggestMapping(['Make', 'Brand', 'Model'], null, null);
    expect(m.filter((c) => c.field === 'manufacturer')).toHaveLength(1);
    expect(headerSignature(['Make', 'Model'])).toBe(headerSignature(['model', 'MAKE']));
    expect(headerSignature(['Make', 'Model'])).not.toBe(headerSignature(['Make', 'Serial']));
  });
});
