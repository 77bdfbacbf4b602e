// Data shapes of the tagging domain that cross the API boundary. Types only.
import type { Citation, DeviceRow, DeviceStatus } from './types';

export interface PolicyInfo {
  id: string;
  name: string;
  jurisdiction: string;
  issuer: string;
  /** Effective or publication date, ISO. */
  date: string;
  version: string;
  /** 'guidance' names no company: it informs review, never restricts on its own. */
  kind: 'binding' | 'guidance';
  active: boolean;
  companies: string[];
  citation: Citation;
  sources: Array<{ title: string; url?: string }>;
  confidence: string;
  scope: string;
}

export interface RetagDiff {
  devices: number;
  newlyRestricted: number;
  /** No longer restricted (now review or clear). */
  cleared: number;
  changed: number;
  statusChanged: number;
}

export interface PolicyChange {
  policies: PolicyInfo[];
  diff: RetagDiff;
}

export interface OverrideInfo {
  id: number;
  status: 'restricted' | 'clear';
  previousStatus: DeviceStatus | null;
  reason: string;
  user: string;
  at: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export interface OverrideResult {
  device: DeviceRow;
  override: OverrideInfo;
}

export interface RestrictedGroups {
  total: number;
  byCompany: Array<{ company: string | null; devices: number; cameras: number; recorders: number; sites: number }>;
  bySite: Array<{ siteId: number | null; site: string | null; devices: number; companies: Array<{ company: string | null; devices: number }> }>;
}
