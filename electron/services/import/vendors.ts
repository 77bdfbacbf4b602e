// Vendor-tool exports recognised by their header signature and mapped without
// asking. Header lists: ../shared/reference/inventory-formats.md.
import type { DeviceKind } from '../../domain/normalise/device-type';
import { headerKey, type ImportField } from './fields';

export interface VendorSignature {
  /** Recorded as each device's source_tool. */
  tool: string;
  label: string;
  /** Every group must have at least one header present (folded keys). */
  requires: string[][];
  /** Folded header key -> field. Other columns go to `extra` (credentials are always dropped). */
  map: Record<string, ImportField>;
  defaultType?: DeviceKind;
  /** Cell texts meaning "no value" in this tool. */
  nullTokens?: string[];
  /** Several rows per device are normal (one per camera channel): merge them silently. */
  rowsPerChannel?: boolean;
}

export const VENDOR_SIGNATURES: VendorSignature[] = [
  {
    tool: 'hikvision-sadp',
    label: 'Hikvision SADP export',
    requires: [['device type'], ['device serial number', 'device serial no'], ['mac address'], ['ipv4 address', 'software version']],
    map: {
      'device type': 'model',
      'device serial number': 'serial',
      'device serial no': 'serial',
      'mac address': 'mac',
      'ipv4 address': 'ip',
      'software version': 'firmware',
    },
  },
  {
    tool: 'hikvision-ivms4200',
    label: 'Hikvision iVMS-4200 device list',
    requires: [['adding mode'], ['device information'], ['address']],
    map: { address: 'ip', 'device information': 'serial' },
  },
  {
    tool: 'milestone-camera-report',
    label: 'Milestone camera report (Get-VmsCameraReport)',
    requires: [['hardwareid'], ['model'], ['mac'], ['driverfamily', 'drivernumber', 'driver']],
    map: { model: 'model', mac: 'mac', address: 'ip', firmware: 'firmware', driverfamily: 'manufacturer' },
    defaultType: 'camera',
    rowsPerChannel: true,
  },
  {
    tool: 'milestone-hardware-csv',
    label: 'MilestonePSTools hardware CSV',
    requires: [['hardwareaddress'], ['drivernumber'], ['hardwarename', 'recordingservername']],
    map: { hardwareaddress: 'ip', macaddress: 'mac' },
  },
  {
    tool: 'milestone-import-csv',
    label: 'Milestone XProtect hardware import CSV',
    requires: [['hardwareaddress'], ['hardwaredriverid']],
    map: { hardwareaddress: 'ip' },
  },
  {
    tool: 'angry-ip-scanner',
    label: 'Angry IP Scanner export',
    requires: [['ip'], ['ping'], ['hostname', 'ports', 'ttl', 'mac vendor']],
    map: { ip: 'ip', 'mac address': 'mac', 'mac vendor': 'manufacturer' },
    nullTokens: ['[n/a]', '[n/s]'],
  },
  {
    tool: 'nmap-xml',
    label: 'nmap XML scan',
    requires: [['ip address'], ['mac vendor'], ['open ports'], ['os type']],
    map: { 'ip address': 'ip', 'mac address': 'mac', 'mac vendor': 'manufacturer', 'os type': 'type' },
  },
  {
    tool: 'tkh-sdm2',
    label: 'TKH Security SDM2 device list',
    requires: [['ipaddress'], ['modelname'], ['producttype'], ['serialnumber', 'macaddress']],
    map: { ipaddress: 'ip', modelname: 'model', serialnumber: 'serial', macaddress: 'mac' },
  },
  {
    tool: 'advanced-ip-scanner',
    label: 'Advanced IP Scanner export',
    requires: [['ip'], ['manufacturer'], ['mac address'], ['status'], ['name']],
    map: { ip: 'ip', manufacturer: 'manufacturer', 'mac address': 'mac' },
  },
];

export function detectVendor(headers: readonly string[]): VendorSignature | null {
  const keys = new Set(headers.map(headerKey));
  return VENDOR_SIGNATURES.find((sig) => sig.requires.every((group) => group.some((k) => keys.has(k)))) ?? null;
}
