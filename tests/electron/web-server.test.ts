import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenMatches, type WebServer } from '../../electron/web/server';
import { startTestServer, type TestServer } from './web-test-server';

let server: WebServer;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer('crp-web-');
  server = t.server;
  // A file beside the static folder, which no URL may reach.
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'secret');
});
afterAll(() => t.stop());

/** Raw HTTP so the test controls every header, Host included. */
function request(
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const callBody = JSON.stringify({ name: 'summary:get', args: {} });
const json = { 'Content-Type': 'application/json' };

describe('browser-mode server', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('answers an API call carrying the token', async () => {
    const r = await request({ method: 'POST', path: '/api/call', headers: { ...json, Authorization: `Bearer ${server.token}` }, body: callBody });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { devices: 0 } });
  });

  it('refuses an API call without the token, or with a wrong one, with 401', async () => {
    expect((await request({ method: 'POST', path: '/api/call', headers: json, body: callBody })).status).toBe(401);
    const wrong = await request({ method: 'POST', path: '/api/call', headers: { ...json, Authorization: `Bearer ${server.token}x` }, body: callBody });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) with 421', async () => {
    const r = await request({ method: 'POST', path: '/api/call', headers: { ...json, Host: `attacker.example:${server.port}`, Authorization: `Bearer ${server.token}` }, body: callBody });
    expect(r.status).toBe(421);
  });

  it('refuses a cross-origin caller and sends no CORS headers', async () => {
    const r = await request({ method: 'POST', path: '/api/call', headers: { ...json, Origin: 'http://evil.example', Authorization: `Bearer ${server.token}` }, body: callBody });
    expect(r.status).toBe(403);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('accepts JSON only', async () => {
    const r = await request({ method: 'POST', path: '/api/call', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${server.token}` }, body: callBody });
    expect(r.status).toBe(415);
    const bad = await request({ method: 'POST', path: '/api/call', headers: { ...json, Authorization: `Bearer ${server.token}` }, body: '{not json' });
    expect(bad.status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const big = JSON.stringify({ name: 'summary:get', args: { pad: 'x'.repeat(5000) } });
    const r = await request({ method: 'POST', path: '/api/call', headers: { ...json, Authorization: `Bearer ${server.token}` }, body: big });
    expect(r.status).toBe(413);
  });

  it('serves the app with a strict CSP and never a file outside its folder', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const r = await request({ path: p });
      expect(r.status).not.toBe(200);
      expect(r.body).not.toContain('secret');
    }
  });

  it('compares tokens without depending on their length', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('abc', null)).toBe(false);
  });
});
