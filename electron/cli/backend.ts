import fs from 'node:fs';
import { UserError } from '../../db/errors';
import { Backend, defaultUserDataDir } from '../backend';
import { requireValue, type ParsedArgs } from './args';

/** A backend with the plan named by --db open. `create` allows a new file (init). */
export function openCliBackend(args: ParsedArgs, opts: { create?: boolean } = {}): Backend {
  const file = requireValue(args, 'db');
  if (!opts.create && !fs.existsSync(file)) {
    throw new UserError('NOT_FOUND', `${file}: no such plan file (create one with "init --db ${file}").`);
  }
  const backend = new Backend({ mode: 'cli', userDataDir: process.env.CRP_USER_DATA ?? defaultUserDataDir() });
  backend.open(file, { create: opts.create });
  return backend;
}

/** Run `fn` with the plan open, closing it afterwards whatever happens. */
export async function withPlan<T>(args: ParsedArgs, fn: (b: Backend) => T | Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const backend = openCliBackend(args, opts);
  try {
    return await fn(backend);
  } finally {
    backend.close();
  }
}

export function writeJson(io: { out(s: string): void }, value: unknown): void {
  io.out(JSON.stringify(value) + '\n');
}
