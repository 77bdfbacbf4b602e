// nmap -oX output read into one table (one row per host). The XML is walked
// with bounded regular expressions, not an XML library: only the few elements
// nmap writes matter, and deeply nested hostile XML costs nothing here.
import type { Cell, ParsedSheet } from './types';

export const NMAP_HEADERS = ['IP Address', 'MAC Address', 'MAC Vendor', 'Hostname', 'Open Ports', 'Services', 'OS Vendor', 'OS Type'];

export function isNmapXml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE nmaprun[^>]*>\s*)?(<\?xml-stylesheet[^>]*>\s*)?<nmaprun[\s>]/.test(text.slice(0, 4096));
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = unescapeXml(m[3] ?? m[4] ?? '');
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export function parseNmapXml(text: string): ParsedSheet {
  const rows: Cell[][] = [NMAP_HEADERS];
  for (const host of text.matchAll(/<host[\s>][\s\S]*?<\/host>/g)) {
    const h = host[0];
    if (/<status[^>]*state\s*=\s*["']down["']/.test(h)) continue;
    let ip = '';
    let mac = '';
    let vendor = '';
    for (const a of h.matchAll(/<address\b[^>]*>/g)) {
      const at = attrs(a[0]);
      if (at.addrtype === 'ipv4' || (at.addrtype === 'ipv6' && !ip)) ip = at.addr ?? '';
      if (at.addrtype === 'mac') {
        mac = at.addr ?? '';
        vendor = at.vendor ?? '';
      }
    }
    const hostname = attrs(/<hostname\b[^>]*>/.exec(h)?.[0] ?? '').name ?? '';
    const ports: string[] = [];
    const services: string[] = [];
    for (const p of h.matchAll(/<port\b([^>]*)>([\s\S]*?)<\/port>/g)) {
      if (!/<state[^>]*state\s*=\s*["']open["']/.test(p[2])) continue;
      ports.push(attrs(p[1]).portid ?? '');
      const svc = attrs(/<service\b[^>]*>/.exec(p[2])?.[0] ?? '');
      const label = [svc.product, svc.version].filter(Boolean).join(' ') || svc.name;
      if (label) services.push(`${attrs(p[1]).portid}: ${label}`);
    }
    const osclass = attrs(/<osclass\b[^>]*>/.exec(h)?.[0] ?? '');
    rows.push([ip, mac, vendor, hostname, ports.join(' '), services.join('; '), osclass.vendor ?? '', osclass.type ?? '']);
  }
  return { name: 'nmap hosts', rows, merges: [] };
}
