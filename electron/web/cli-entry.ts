// `npm run web -- [--db FILE] [--port N] [--sample]`: serve the built renderer
// and the API on 127.0.0.1 and print the URL (with its per-run token) on one line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../db/errors';
import { Backend, defaultUserDataDir } from '../backend';
import { parseArgs, UsageError } from '../cli/args';
import { countSummary } from '../../db/queries/devices';
import { generateSamplePlan, openSamplePlan } from '../services/sample';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['db', 'port', 'static'], switches: ['sample'] });
  const port = args.values.has('port') ? Number(args.values.get('port')) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = args.values.get('static') ?? path.resolve(here, '../../out/renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new UserError('NOT_BUILT', `The renderer is not built in ${staticDir}; run "npm run build:web" first.`);
  }
  const backend = new Backend({ mode: 'browser', userDataDir: process.env.CRP_USER_DATA ?? defaultUserDataDir() });
  const db = args.values.get('db');
  if (db) {
    backend.open(db);
    // --db with --sample: fill a new, empty plan file with the sample.
    if (args.switches.has('sample') && countSummary(backend.db).devices === 0) {
      generateSamplePlan(backend.db);
      backend.open(db);
    }
  } else if (args.switches.has('sample')) openSamplePlan(backend);
  const server = await startWebServer({ backend, staticDir, port });
  process.stdout.write(`${server.url}\n`);
  const stop = () => {
    server.close().then(() => backend.close());
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\nUsage: npm run web -- [--db FILE] [--port N] [--sample]\n`);
    process.exitCode = 2;
  } else if (err instanceof UserError) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`Unexpected error: ${String(err)}\n`);
    process.exitCode = 1;
  }
});
