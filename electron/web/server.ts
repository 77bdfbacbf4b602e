// Browser mode: the built renderer and the same API handlers over HTTP, for
// development and end-to-end tests. Loopback only, a per-run token on every API
// call (compared in constant time), the Host header pinned to loopback against
// DNS rebinding, no CORS, JSON only, bounded bodies.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend';
import { dispatch } from '../api/gate';
import { CONTENT_SECURITY_POLICY } from '../security';

export interface WebServerOptions {
  backend: Backend;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest accepted request body, in bytes (imports upload whole files). */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = crypto.createHash('sha256').update(expected).digest();
  const b = crypto.createHash('sha256').update(given).digest();
  return crypto.timingSafeEqual(a, b);
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 80 * 1024 * 1024;
  const staticRoot = path.resolve(options.staticDir);
  const sseClients = new Set<http.ServerResponse>();
  let port = 0;

  const unsubscribe = options.backend.onEvent((event, payload) => {
    const line = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of sseClients) res.write(line);
  });

  const server = http.createServer((req, res) => {
    baseHeaders(res);
    if (!hostAllowed(req.headers.host, port)) return send(res, 421, { error: 'Host not allowed.' });
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      // A cross-origin page may not call the API even with a stolen token.
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
        return send(res, 403, { error: 'Cross-origin requests are not allowed.' });
      }
      const given = bearer(req.headers.authorization) ?? url.searchParams.get('token');
      if (!tokenMatches(token, given)) return send(res, 401, { error: 'Missing or wrong token.' });
      if (url.pathname === '/api/events' && req.method === 'GET') return openEvents(res);
      if (url.pathname === '/api/call' && req.method === 'POST') return handleCall(req, res);
      return send(res, 404, { error: 'Not found.' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'Method not allowed.' });
    serveStatic(url.pathname, res);
  });

  function openEvents(res: http.ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    sseClients.add(res);
    res.on('close', () => sseClients.delete(res));
  }

  function handleCall(req: http.IncomingMessage, res: http.ServerResponse): void {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(type)) return send(res, 415, { error: 'Send JSON (Content-Type: application/json).' });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      res.setHeader('Connection', 'close');
      return send(res, 413, { error: 'Request body too large.' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody && !aborted) {
        aborted = true;
        // Answer and close the connection; what the client still sends is discarded, never buffered.
        res.setHeader('Connection', 'close');
        send(res, 413, { error: 'Request body too large.' });
        return;
      }
      if (!aborted) chunks.push(chunk);
    });
    req.on('end', () => {
      if (aborted) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { error: 'The request body is not valid JSON.' });
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return send(res, 400, { error: 'Expected {"name": ..., "args": ...}.' });
      }
      const { name, args } = body as { name?: unknown; args?: unknown };
      dispatch(options.backend, name, args).then((result) => send(res, 200, result));
    });
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return send(res, 400, { error: 'Bad path.' });
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = path.resolve(staticRoot, '.' + rel);
    // Traversal check: the resolved file must stay inside the static root.
    if (file !== staticRoot && !file.startsWith(staticRoot + path.sep)) return send(res, 403, { error: 'Forbidden.' });
    fs.readFile(file, (err, data) => {
      if (err) return send(res, 404, { error: 'Not found.' });
      const type = MIME[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(data);
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const c of sseClients) c.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function baseHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** Only loopback names, on our own port, may address this server. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1] : null;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
