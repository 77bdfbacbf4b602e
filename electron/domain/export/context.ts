// Everything a report is built from, gathered by the export service. Pure data.
import type { PlanItem, PlanParams, PlanSummary } from '../../api/plan-types';
import type { PolicyInfo } from '../../api/tagging-types';
import type { AuditEntry } from '../../api/types';
import type { ExportDevice } from './device';

export interface ExportPlan {
  scenarioName: string;
  params: PlanParams;
  /** Null when the scenario has no result (nothing computed). */
  summary: PlanSummary | null;
  items: PlanItem[];
}

export interface ExportContext {
  planName: string;
  /** 'YYYY-MM-DD', the day of the export. */
  exportedOn: string;
  ruleSetVersion: string | null;
  devices: ExportDevice[];
  siteCount: number;
  /** Site names (EN and FR) and addresses: what a redacted report must never carry. */
  sitePlaces: string[];
  policies: PolicyInfo[];
  plan: ExportPlan | null;
  audit: AuditEntry[];
}
