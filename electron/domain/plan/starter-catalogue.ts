// The built-in starter catalogue: indicative Canadian-dollar prices for a
// compliant replacement per device type and sub-type, dated so escalation has
// a starting point. They are planning placeholders, not quotes: the user edits
// them (catalogue:update) to match their standing offers.
import type { CatalogueEntry } from '../../api/plan-types';

export const STARTER_PRICE_DATE = '2025-04-01';
const RATE = 11500; // $115/h, a typical electrician / integrator rate

export type StarterEntry = Omit<CatalogueEntry, 'id'>;

const e = (
  type: CatalogueEntry['type'],
  subtype: string,
  replacement: string,
  hardwareDollars: number,
  labourHours: number,
  licenceDollars: number,
  channels: number,
  disposalDollars: number,
  leadTimeDays: number,
): StarterEntry => ({
  type,
  subtype,
  replacement,
  hardwareCents: hardwareDollars * 100,
  labourMinutes: Math.round(labourHours * 60),
  labourRateCentsPerHour: RATE,
  licenceCentsPerChannel: licenceDollars * 100,
  channels,
  disposalCents: disposalDollars * 100,
  leadTimeDays,
  currency: 'CAD',
  priceDate: STARTER_PRICE_DATE,
});

export const STARTER_CATALOGUE: readonly StarterEntry[] = [
  e('camera', '', 'Compliant fixed IP camera, 4 MP', 850, 3, 180, 1, 25, 30),
  e('camera', 'dome', 'Compliant IP dome camera, 4 MP, vandal-resistant', 900, 3, 180, 1, 25, 30),
  e('camera', 'bullet', 'Compliant IP bullet camera, 4 MP, IR', 820, 3, 180, 1, 25, 30),
  e('camera', 'ptz', 'Compliant PTZ camera, 25× zoom', 3400, 5, 180, 1, 40, 45),
  e('camera', 'multisensor', 'Compliant multisensor camera, 4 × 4 MP', 2900, 6, 180, 4, 40, 45),
  e('recorder', '', 'Compliant NVR / VMS recording server, 32 channels', 6500, 8, 0, 0, 120, 60),
  e('encoder', '', 'Compliant video encoder, 4 channels', 1200, 3, 180, 4, 40, 30),
  e('access_control', '', 'Compliant access-control panel', 1500, 4, 0, 0, 40, 45),
  e('intercom', '', 'Compliant IP intercom station', 1100, 3, 0, 0, 30, 30),
  e('other', '', 'Compliant network device (generic)', 800, 2, 0, 0, 25, 30),
];
