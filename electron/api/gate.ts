// The one gate every API call passes, whatever the transport: the name must be
// a registered handler, the arguments must match its schema, and the answer is
// a Result with a user-readable error, never a stack trace.
import { z } from 'zod';
import { UserError } from '../../db/errors';
import type { Backend } from '../backend';
import type { ApiName } from './contract';
import { handlers } from './handlers';
import { schemas } from './schemas';
import type { ApiError, Result } from './types';

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);
}

export async function dispatch(backend: Backend, name: unknown, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isApiName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_CALL', message: `Unknown API call: ${String(name).slice(0, 100)}.` } };
  }
  const parsed = schemas[name].safeParse(rawArgs ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'BAD_ARGS', message: describeZodError(name, parsed.error) } };
  }
  try {
    const handler = handlers[name] as (b: Backend, a: unknown) => unknown;
    const value = await handler(backend, parsed.data);
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof UserError) {
    const out: ApiError = { code: err.code, message: err.message };
    if (err.key) out.key = err.key;
    if (err.params) out.params = err.params;
    return out;
  }
  // Unexpected: log the detail where a developer can see it, give the user a sentence.
  console.error(err);
  return {
    code: 'INTERNAL',
    message: 'Something went wrong inside the app. Your plan file was not changed by the failed step. Please try again.',
  };
}

function describeZodError(name: string, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first?.path.length ? ` at "${first.path.join('.')}"` : '';
  return `Invalid arguments for ${name}${where}: ${first?.message ?? 'not accepted'}.`;
}
