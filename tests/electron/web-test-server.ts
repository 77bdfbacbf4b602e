// A browser-mode server over a fresh plan and a one-page static folder, for the server's tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Backend } from '../../electron/backend';
import { startWebServer, type WebServer } from '../../electron/web/server';

export interface TestServer {
  dir: string;
  server: WebServer;
  backend: Backend;
  stop(): Promise<void>;
}

/** A 1 KB body limit, so the size checks need no large payloads. */
export async function startTestServer(prefix: string): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
  const backend = new Backend({ mode: 'browser', userDataDir: dir });
  backend.open(path.join(dir, 'plan.sqlite'));
  const server = await startWebServer({ backend, staticDir, maxBodyBytes: 1024 });
  return {
    dir,
    server,
    backend,
    stop: async () => {
      await server.close();
      backend.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
