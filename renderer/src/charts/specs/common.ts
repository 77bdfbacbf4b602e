import type { MessageKey } from '../../i18n';
import type { ChartFormat } from '../format';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface SpecContext {
  t: T;
  fmt: ChartFormat;
}

/** Plot margins shared by the cartesian charts (room for money ticks on the left). */
export const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
export const Y_AXIS_WIDTH = 72;

/** Every n-th label so about `max` fit on the axis. */
export function tickInterval(count: number, width: number, minSpacing = 70): number {
  const fit = Math.max(2, Math.floor(width / minSpacing));
  return count <= fit ? 0 : Math.ceil(count / fit) - 1;
}

const COMPANY_NAMES: Record<string, string> = { hikvision: 'Hikvision', dahua: 'Dahua', huawei: 'Huawei', zte: 'ZTE', hytera: 'Hytera', uniview: 'Uniview' };

/** A listed company's display name from its id (hikvision -> Hikvision). */
export function companyName(id: string): string {
  return COMPANY_NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1);
}
