// Names the backend uses (API field names, audit action codes) shown in the user's language; unknown ones as they are.
import type { MessageKey } from '../../i18n';

const FIELDS: Record<string, MessageKey> = {
  assetTag: 'col.assetTag', siteId: 'col.site', site: 'col.site', building: 'col.building', location: 'col.location', type: 'col.type',
  manufacturer: 'col.manufacturer', model: 'col.model', serial: 'col.serial', mac: 'col.mac', ip: 'col.ip', firmware: 'col.firmware',
  installDate: 'col.installDate', lifecycle: 'col.lifecycle', notes: 'drawer.notes', excluded: 'drawer.excluded', status: 'col.status',
  criticality: 'bulk.criticality', sourceTool: 'drawer.sourceTool',
};

const ACTIONS: Record<string, MessageKey> = {
  'device.update': 'audit.device.update',
  'device.bulkUpdate': 'audit.device.bulkUpdate',
  'device.override': 'audit.device.override',
  'device.override.revoke': 'audit.device.overrideRevoke',
  'site.bulkUpdate': 'audit.site.bulkUpdate',
};

type T = (key: MessageKey) => string;
export const fieldLabel = (t: T, name: string): string => (FIELDS[name] ? t(FIELDS[name]) : name);
export const actionLabel = (t: T, code: string): string => (ACTIONS[code] ? t(ACTIONS[code]) : code);

/** For evidence notes: the `fields1`, `fields2`… values are lists of field names ("manufacturer, mac"), said in the UI's language. */
export const evidenceFieldsLabel =
  (t: T) =>
  (param: string, value: string | number): string | undefined =>
    /^fields\d*$/.test(param) ? String(value).split(', ').map((f) => fieldLabel(t, f)).join(', ') : undefined;
