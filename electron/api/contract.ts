// The one API contract between the UI and the backend. Types only.
//
// Every name maps to `(args) => result`. The Electron preload, the browser-mode
// HTTP server, the CLI and the renderer all derive from this map; the handler
// registry (handlers.ts) and the argument schemas (schemas.ts) are typed
// against it, so a name without a handler or a schema does not compile.
import type { BackupEntry, RestoreResult } from './backup-types';
import type { ChartFilter, InventoryAggregates } from './charts-types';
import type { ExportRequest, ExportResult } from './export-types';
import type { ImportHistoryEntry, ImportReport, ImportRunArgs, UndoResult } from './import-types';
import type { BulkEdit, BulkResult, DeviceDetail, DeviceEdit, HistoryEntry, HistoryState } from './inventory-types';
import type { OverrideResult, PolicyChange, PolicyInfo, RestrictedGroups } from './tagging-types';
import type { RestrictedBrandCount, SiteStatus } from './sites-status-api';
import type { AuditEntry, DevicePage, DeviceQuery, PlanInfo, SiteRow, Summary } from './types';
import type {
  CatalogueEntry,
  CatalogueUpdate,
  NewCatalogueEntry,
  PlanItemPage,
  PlanItemQuery,
  PlanParams,
  PlanSiteRow,
  PlanSummary,
  PlanView,
  ScenarioComparison,
  ScenarioInfo,
  SiteMove,
  SiteUpdate,
} from './plan-types';

export interface Api {
  // --- app / plan file ---
  'app:info': (args: Record<string, never>) => AppInfo;
  'plan:current': (args: Record<string, never>) => PlanInfo | null;
  'plan:openSample': (args: Record<string, never>) => PlanInfo;
  'plan:recent': (args: Record<string, never>) => string[];

  // --- inventory ---
  'summary:get': (args: Record<string, never>) => Summary;
  'devices:list': (args: DeviceQuery) => DevicePage;
  'sites:list': (args: Record<string, never>) => SiteRow[];
  'audit:list': (args: { limit?: number }) => AuditEntry[];

  // --- tagging (issue 4): policies, overrides, Restricted view; the review queue is devices:list with status 'review' ---
  'policies:list': (args: Record<string, never>) => PolicyInfo[];
  /** Switch policies on/off and re-tag every device; returns the policies and the re-tag diff. */
  'policies:setActive': (args: { enable?: string[]; disable?: string[] }) => PolicyChange;
  /** Set a device restricted or clear; the reason is required and audited. */
  'devices:override': (args: { id: number; status: 'restricted' | 'clear'; reason: string }) => OverrideResult;
  /** Revoke an override by its id, or the one in force on a device. */
  'overrides:revoke': (args: { overrideId?: number; deviceId?: number; reason?: string }) => OverrideResult;
  'restricted:groups': (args: Record<string, never>) => RestrictedGroups;
  /** Restricted devices by company and brand (Restricted view). */
  'restricted:brands': (args: Record<string, never>) => RestrictedBrandCount[];
  /** Mark a site without devices "not yet reported" (or back to active); audited. */
  'sites:setStatus': (args: { siteId: number; status: SiteStatus }) => SiteRow;

  // --- inventory UI: device drawer, edits, bulk actions, undo history, plan files (issue 8) ---
  'devices:get': (args: { id: number }) => DeviceDetail;
  'devices:update': (args: { id: number; changes: DeviceEdit }) => DeviceDetail;
  'devices:bulkUpdate': (args: BulkEdit) => BulkResult;
  'history:list': (args: { limit?: number }) => HistoryState;
  'history:undo': (args: Record<string, never>) => HistoryEntry | null;
  'history:redo': (args: Record<string, never>) => HistoryEntry | null;
  'plan:open': (args: { path: string }) => PlanInfo;
  'plan:create': (args: { path: string; name: string }) => PlanInfo;

  // --- import (issue 3): preview -> confirm mapping -> run (progress events task 'import'); history and undo ---
  /** Parse and check a file, suggest a mapping per sheet, count new/updated/unchanged/skipped; writes nothing. */
  'import:preview': (args: ImportRunArgs) => ImportReport;
  /** Import in one transaction (or only check, with dryRun); rows with errors refuse it unless acceptSkips. */
  'import:run': (args: ImportRunArgs) => ImportReport;
  'imports:list': (args: Record<string, never>) => ImportHistoryEntry[];
  /** Undo a whole import: devices it added removed, devices it changed restored. */
  'imports:undo': (args: { id: number }) => UndoResult;

  // --- settings ---
  'settings:get': (args: { key: string }) => unknown;
  'settings:set': (args: { key: string; value: unknown }) => null;

  // --- backups of the open plan ---
  'backups:list': (args: Record<string, never>) => BackupEntry[];
  'backups:create': (args: Record<string, never>) => BackupEntry;
  'backups:restore': (args: { name: string }) => RestoreResult;

  // --- replacement plan (scenarioId omitted = the current scenario) ---
  'plan:get': (args: { scenarioId?: number }) => PlanView;
  'plan:items': (args: PlanItemQuery) => PlanItemPage;
  'plan:setParams': (args: { scenarioId?: number; params: Partial<PlanParams> }) => ScenarioInfo;
  'plan:run': (args: { scenarioId?: number }) => PlanSummary;
  'plan:moveSite': (args: SiteMove) => PlanSummary;
  'plan:sites': (args: Record<string, never>) => PlanSiteRow[];
  'sites:update': (args: SiteUpdate) => PlanSiteRow;
  'scenarios:list': (args: Record<string, never>) => ScenarioInfo[];
  'scenarios:copy': (args: { fromId?: number; name: string }) => ScenarioInfo;
  'scenarios:select': (args: { id: number }) => ScenarioInfo;
  'scenarios:compare': (args: { ids: number[] }) => ScenarioComparison;
  'scenarios:delete': (args: { id: number }) => ScenarioInfo[];
  'catalogue:list': (args: Record<string, never>) => CatalogueEntry[];
  'catalogue:update': (args: CatalogueUpdate) => CatalogueEntry;
  'catalogue:add': (args: NewCatalogueEntry) => CatalogueEntry;
  'devices:setRecorder': (args: { deviceId: number; recorderId: number | null }) => null;

  // --- dashboard charts (inventory aggregates under the dashboard's filter) ---
  'charts:inventory': (args: ChartFilter) => InventoryAggregates;
  'charts:plan': (args: ChartFilter & { scenarioId?: number }) => PlanSummary;

  // --- reports: the plan workbook, the redacted summary, the inventory CSV (issue 7) ---
  'export:workbook': (args: ExportRequest) => ExportResult;
}

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser';
  user: string;
}

/** Pushes from the backend (progress of long tasks). */
export interface ApiEvents {
  progress: { task: string; done: number; total: number | null; phase: string };
}

export type ApiName = keyof Api;
export type ApiArgs<K extends ApiName> = Parameters<Api[K]>[0];
export type ApiResult<K extends ApiName> = ReturnType<Api[K]>;

/** What the renderer calls; the preload object and the HTTP client both satisfy it. */
export interface PlannerBridge {
  call<K extends ApiName>(name: K, args: ApiArgs<K>): Promise<import('./types').Result<ApiResult<K>>>;
  /** Subscribe to backend events; returns an unsubscribe function. */
  on<E extends keyof ApiEvents>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  /** Native-only actions (file dialogs, menus); absent in browser mode. */
  native?: NativeBridge;
}

export interface NativeBridge {
  openFileDialog(kind: 'plan' | 'import'): Promise<string | null>;
  saveFileDialog(kind: 'export' | 'plan', suggestedName: string): Promise<string | null>;
  printToPdf(suggestedName: string): Promise<string | null>;
  onMenu(listener: (command: string) => void): () => void;
}
