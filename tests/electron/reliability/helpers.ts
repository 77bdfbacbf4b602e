// Shared by the reliability tests: the real CLI in a child process that can be
// killed at a chosen moment, and a place to record figures for the README.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the SIGKILL landed before the process finished by itself. */
  killed: boolean;
  ms: number;
  stdout: string;
  stderr: string;
}

export interface KillPlan {
  /** SIGKILL this many ms after the trigger (or after the start when there is no trigger). */
  afterMs: number;
  /** Polled every few ms; the clock for `afterMs` starts when it first returns true. */
  trigger?: () => boolean;
}

/**
 * Run the CLI; with a kill plan, SIGKILL it at that moment (no cleanup handlers
 * can run). `triggeredAtMs` reports when the trigger fired (for a reference run
 * with a trigger and afterMs = Infinity).
 */
export function runCli(args: string[], env: Record<string, string>, kill?: KillPlan): Promise<Outcome & { triggeredAtMs: number | null }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let killed = false;
    let triggeredAtMs: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    const killNow = () => {
      if (child.exitCode === null && child.signalCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const arm = () => {
      if (kill && Number.isFinite(kill.afterMs)) timer = setTimeout(killNow, kill.afterMs);
    };
    let poll: NodeJS.Timeout | null = null;
    if (kill?.trigger) {
      const check = kill.trigger;
      poll = setInterval(() => {
        if (triggeredAtMs === null && check()) {
          triggeredAtMs = Date.now() - started;
          clearInterval(poll!);
          arm();
        }
      }, 3);
    } else arm();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({ code, signal, killed, triggeredAtMs, ms: Date.now() - started, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Figures for the README's Reliability section: .tmp/reliability/<name>.json. */
export function recordFigures(name: string, figures: unknown): void {
  const dir = path.resolve('.tmp/reliability');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(figures, null, 2));
}

/** `count` moments spread evenly over [from, to] ms. */
export function spread(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round(from + ((to - from) * (i + 0.5)) / count));
}
