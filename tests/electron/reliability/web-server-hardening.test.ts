// Browser-mode server, beyond tests/electron/web-server.test.ts: where it
// listens, preflights, a chunked body with no length, missing headers, the
// event stream, and that the token never leaks into a response.
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { hostAllowed, type WebServer } from '../../../electron/web/server';
import { startTestServer, type TestServer } from '../web-test-server';

let server: WebServer;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer('crp-web-h-');
  server = t.server;
});
afterAll(() => t.stop());

/** Raw request over a socket, so the test can omit Host or stream a chunked body. */
function raw(text: string | Buffer[], host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = net.connect(server.port, host);
    let out = '';
    sock.on('data', (d) => (out += d.toString()));
    sock.on('end', () => resolve(out));
    sock.on('close', () => resolve(out));
    sock.on('error', (e) => (out ? resolve(out) : reject(e)));
    sock.setTimeout(10_000, () => sock.destroy());
    // Write without half-closing: the server answers, then closes (Connection: close or an error status).
    for (const b of typeof text === 'string' ? [text] : text) sock.write(b);
  });
}
const status = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);

describe('browser-mode server hardening', () => {
  it('listens on the loopback address only', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((i): i is os.NetworkInterfaceInfo => !!i && !i.internal && i.family === 'IPv4')
      .map((i) => i.address);
    for (const address of external) {
      await expect(raw(`GET / HTTP/1.1\r\nHost: ${address}:${server.port}\r\nConnection: close\r\n\r\n`, address)).rejects.toThrow(/ECONNREFUSED/);
    }
    expect(server.url.startsWith('http://127.0.0.1:')).toBe(true);
  });

  it('refuses a request with no Host header, or a loopback name on another port', async () => {
    expect(status(await raw('GET / HTTP/1.0\r\nConnection: close\r\n\r\n'))).toBe(421);
    expect(hostAllowed(`127.0.0.1:${server.port + 1}`, server.port)).toBe(false);
    expect(hostAllowed(`127.0.0.1`, server.port)).toBe(false);
    expect(hostAllowed(`[::1]:${server.port}`, server.port)).toBe(false);
    expect(hostAllowed(`localhost:${server.port}`, server.port)).toBe(true);
  });

  it('answers a CORS preflight without any Access-Control header', async () => {
    const r = await raw(
      `OPTIONS /api/call HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n`,
    );
    expect(status(r)).toBeGreaterThanOrEqual(400);
    expect(r.toLowerCase()).not.toContain('access-control-allow');
  });

  it('stops reading a chunked body with no Content-Length once it passes the limit', async () => {
    const head = `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = 'x'.repeat(600);
    const chunks = [Buffer.from(head), ...Array.from({ length: 4 }, () => Buffer.from(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)), Buffer.from('0\r\n\r\n')];
    expect(status(await raw(chunks))).toBe(413);
  });

  it('refuses the event stream without the token', async () => {
    const r = await raw(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    expect(status(r)).toBe(401);
  });

  it('refuses JSON that is not a call object, and unknown API paths', async () => {
    const call = (body: string) =>
      raw(
        `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    expect(status(await call('[1,2]'))).toBe(400);
    expect(status(await call('"summary:get"'))).toBe(400);
    const unknown = await call('{"name":"__proto__","args":{}}');
    expect(status(unknown)).toBe(200);
    expect(unknown).toContain('UNKNOWN_CALL');
    const r = await raw(`POST /api/other HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${server.token}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    expect(status(r)).toBe(404);
  });

  it('sends the CSP and anti-framing headers on every answer, errors included, and never echoes the token', async () => {
    for (const req of [`GET / HTTP/1.1`, `GET /missing.js HTTP/1.1`, `POST /api/call HTTP/1.1`]) {
      const r = await raw(`${req}\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      expect(r).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
      expect(r).toContain('X-Frame-Options: DENY');
      expect(r).toContain('X-Content-Type-Options: nosniff');
      expect(r).not.toContain(server.token);
    }
  });
});
