// Pure normalisers for imported values: no I/O, table-tested.
export { cleanText, foldKey, makerKey } from './text';
export { normaliseMac, type MacResult } from './mac';
export { normaliseIp, type IpResult } from './ip';
export { parseCents, type CentsResult } from './number';
export { decideDateOrder, excelSerialToIso, normaliseDate, slashDateEvidence, type DateOrder, type DateResult } from './date';
export { deviceTypeFromModel, deviceTypeFromWords, type DeviceKind } from './device-type';
export { lifecycleFromWords, type LifecycleState } from './lifecycle';
