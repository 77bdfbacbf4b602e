// IP addresses: validated, and extracted from the forms exports use
// ("http://10.1.2.3/", "10.1.2.3:8000", "[fe80::1]:80").

export type IpResult = { ok: true; ip: string } | { ok: false; reason: string; code: 'not-ip' };

function ipv4(s: string): string | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.join('.'); // drops leading zeros: 010.001.002.003 -> 10.1.2.3
}

function ipv6(s: string): string | null {
  if (!/^[0-9a-f:.]+$/i.test(s) || !s.includes(':')) return null;
  try {
    // URL parsing validates and compresses IPv6 without any I/O.
    const host = new URL(`http://[${s}]/`).hostname;
    return host.slice(1, -1);
  } catch {
    return null;
  }
}

export function normaliseIp(raw: string): IpResult {
  let s = raw.trim();
  const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(s);
  if (url) s = url[1].replace(/^[^@]*@/, '');
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracket) s = bracket[1];
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  const v4 = ipv4(s);
  if (v4) return { ok: true, ip: v4 };
  const v6 = ipv6(s);
  if (v6) return { ok: true, ip: v6 };
  return { ok: false, code: 'not-ip', reason: `"${raw}" is not an IP address` };
}
