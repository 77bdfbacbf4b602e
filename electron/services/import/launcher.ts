// Runs the parser in a separate process with a capped heap and a wall-clock
// limit, so a hostile file can kill only the parser, never the app. Under Node
// (CLI, browser mode, tests) it is child_process.fork; Electron main supplies
// a utilityProcess-based launcher through setParserLauncher().
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ParseOutcome } from './types';

/** The few members of a child process (Node ChildProcess or Electron UtilityProcess) we use. */
export interface ParserProcess {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- both process kinds type their listeners differently
  on(event: string, listener: (...args: any[]) => void): unknown;
  kill(): boolean;
}

/**
 * Starts `modulePath` (the worker entry) with `args` ([file path]) and
 * `execArgv` (the heap cap). The worker posts progress and one result message.
 */
export type ParserLauncher = (modulePath: string, args: string[], execArgv: string[]) => ParserProcess;

const here = path.dirname(fileURLToPath(import.meta.url));
const fromSource = import.meta.url.endsWith('.ts');
export const PARSE_WORKER_PATH = path.join(here, fromSource ? 'parse-worker.ts' : 'parse-worker.js');
/** The project root: tsx is resolved from there when running from TypeScript source. */
const projectRoot = path.resolve(here, '../../..');

export const forkLauncher: ParserLauncher = (modulePath, args, execArgv) =>
  fork(modulePath, args, {
    execArgv: modulePath.endsWith('.ts') ? ['--import', 'tsx', ...execArgv] : execArgv,
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });

let launcher: ParserLauncher = forkLauncher;
let hostLauncher = false;

/** The host's launcher (Electron main: a utility process), which only the thread that set it may call. */
export function setParserLauncher(fn: ParserLauncher | null): void {
  launcher = fn ?? forkLauncher;
  hostLauncher = fn !== null;
}

/** True when the parser must be started from this thread (a host launcher is set), not from a worker. */
export function parserStartsHere(): boolean {
  return hostLauncher;
}

export interface ParseLimits {
  /** Heap cap of the parser process, MB. */
  maxHeapMb: number;
  /** Wall-clock limit, ms. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxHeapMb: 1536, timeoutMs: 180_000 };

/**
 * The parser's answer travels as the bytes of v8.serialize(outcome): a thread
 * that only passes it on (Electron main, to the import worker) copies one
 * buffer instead of decoding 100,000 rows (bench: 170-300 ms of stall).
 */
export type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number | null }
  | { type: 'result'; bytes: Uint8Array };

/** A parser answer still serialised, or the launcher's own failure (timeout, crash, no start). */
export type RawParseOutcome = { ok: true; bytes: Uint8Array } | Extract<ParseOutcome, { ok: false }>;

export const encodeOutcome = (outcome: ParseOutcome): Uint8Array => v8.serialize(outcome);

export function decodeOutcome(raw: RawParseOutcome): ParseOutcome {
  return raw.ok ? (v8.deserialize(raw.bytes) as ParseOutcome) : raw;
}

/** Parse `absPath` in a parser process; resolves with its answer still serialised (decodeOutcome), never rejects. */
export function parseInProcess(
  absPath: string,
  fileName: string,
  limits: ParseLimits = DEFAULT_LIMITS,
  onProgress?: (p: { phase: string; done: number; total: number | null }) => void,
): Promise<RawParseOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let child: ParserProcess;
    const finish = (outcome: RawParseOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    try {
      child = launcher(PARSE_WORKER_PATH, [absPath], [`--max-old-space-size=${limits.maxHeapMb}`]);
    } catch (err) {
      resolve({
        ok: false, code: 'PARSER_FAILED', key: 'PARSER_FAILED.start', params: { file: fileName, detail: String(err) },
        message: `${fileName} could not be read: the parser did not start (${String(err)}).`,
      });
      return;
    }
    const timer = setTimeout(() => {
      finish({
        ok: false,
        code: 'PARSE_TIMEOUT',
        params: { file: fileName, seconds: Math.round(limits.timeoutMs / 1000) },
        message: `${fileName} took longer than ${Math.round(limits.timeoutMs / 1000)} seconds to read and was abandoned; it may be damaged or far larger than an inventory.`,
      });
      child.kill();
    }, limits.timeoutMs);
    child.on('message', (msg: WorkerMessage) => {
      if (msg?.type === 'progress') onProgress?.(msg);
      else if (msg?.type === 'result') {
        finish({ ok: true, bytes: msg.bytes });
        child.kill(); // the answer is in; nothing more is needed from this process
      }
    });
    child.on('error', (err: unknown) => {
      finish({
        ok: false, code: 'PARSER_FAILED', key: 'PARSER_FAILED.failed', params: { file: fileName, detail: String(err) },
        message: `${fileName} could not be read: the parser failed (${String(err)}).`,
      });
    });
    child.on('exit', (code: number | null, signal?: string | null) => {
      finish({
        ok: false,
        code: 'PARSER_CRASHED',
        key: signal ? 'PARSER_CRASHED.signal' : code != null ? 'PARSER_CRASHED.exit' : 'PARSER_CRASHED',
        params: { file: fileName, ...(signal ? { signal } : code != null ? { exitCode: code } : {}) },
        message: `${fileName} could not be read: reading it needed more memory than a spreadsheet may use (the parser stopped${signal ? ` by ${signal}` : code != null ? ` with code ${code}` : ''}), so it may be damaged or hostile.`,
      });
    });
  });
}
