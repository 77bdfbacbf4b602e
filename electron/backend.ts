// The backend's state: which plan file is open, and who listens for events.
// Knows nothing of Electron or HTTP; main, the browser-mode server and the CLI
// each make one and pass it to the handlers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../db/errors';
import { openPlanDb, type Db } from '../db/open';
import { getSetting, setSetting } from '../db/queries/settings';
import type { ApiEvents } from './api/contract';
import type { PlanInfo } from './api/types';
import { checkpointInBackground, type Checkpoints } from './services/checkpoints';

export type Mode = 'electron' | 'browser' | 'cli';
type Listener = <E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]) => void;

export interface BackendOptions {
  mode: Mode;
  /** Folder for app-level files: the sample plan, the recent-plans list. */
  userDataDir: string;
}

export class Backend {
  readonly mode: Mode;
  readonly userDataDir: string;
  private current: { db: Db; info: PlanInfo; checkpoints: Checkpoints | null } | null = null;
  private listeners = new Set<Listener>();

  constructor(options: BackendOptions) {
    this.mode = options.mode;
    this.userDataDir = options.userDataDir;
  }

  /** The open plan's database; a clear error when none is open. */
  get db(): Db {
    if (!this.current) throw new UserError('NO_PLAN', 'No plan is open. Open the sample plan or a plan file first.');
    return this.current.db;
  }

  get info(): PlanInfo | null {
    return this.current?.info ?? null;
  }

  open(file: string, opts: { create?: boolean; isSample?: boolean } = {}): PlanInfo {
    const db = openPlanDb(file, { create: opts.create ?? true });
    this.close();
    const info: PlanInfo = {
      path: path.resolve(file),
      name: getSetting(db, 'plan.name', path.basename(file).replace(/\.[^.]+$/, '')),
      nameFr: getSetting<string | null>(db, 'plan.nameFr', null),
      isSample: opts.isSample ?? getSetting(db, 'plan.isSample', false),
    };
    // The app's connection lives as long as the plan is open: its checkpoints run on another thread (a CLI command's need not).
    this.current = { db, info, checkpoints: this.mode === 'cli' ? null : checkpointInBackground(db) };
    if (!info.isSample) this.rememberRecent(info.path);
    return info;
  }

  close(): void {
    if (this.current) {
      this.current.checkpoints?.stop();
      this.current.db.close();
      this.current = null;
    }
  }

  /** Current OS user, recorded in the audit log. */
  get user(): string {
    try {
      return os.userInfo().username;
    } catch {
      return process.env.USER ?? process.env.USERNAME ?? 'unknown';
    }
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends keyof ApiEvents>(event: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners) l(event, payload);
  }

  recentPlans(): string[] {
    try {
      const list = JSON.parse(fs.readFileSync(this.recentFile(), 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && fs.existsSync(p)) : [];
    } catch {
      return [];
    }
  }

  private rememberRecent(file: string): void {
    try {
      const list = [file, ...this.recentPlans().filter((p) => p !== file)].slice(0, 10);
      fs.mkdirSync(this.userDataDir, { recursive: true });
      fs.writeFileSync(this.recentFile(), JSON.stringify(list));
    } catch {
      // The recent list is a convenience; failing to write it must not fail opening a plan.
    }
  }

  private recentFile(): string {
    return path.join(this.userDataDir, 'recent-plans.json');
  }

  /** Persist a plan-level setting on the open plan. */
  setPlanSetting(key: string, value: unknown): void {
    setSetting(this.db, key, value);
  }
}

/** The default folder for app data when not running inside Electron. */
export function defaultUserDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? home, 'Camera Replacement Planner');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Camera Replacement Planner');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'camera-replacement-planner');
}
