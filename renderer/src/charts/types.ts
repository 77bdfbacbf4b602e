// What a chart hands to its frame: title, description, legend, the same
// numbers as a table, and a render function for a given size. The dashboard
// card, the full page and the presentation slide all draw from one ChartSpec.
import type { ReactElement } from 'react';
import type { LegendEntry } from './export';

export const CHART_IDS = ['budget', 'cumulative', 'burndown', 'timeline', 'sites', 'companies', 'status'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface ChartTable {
  columns: TableColumn[];
  /** Cells already formatted for the language. */
  rows: Array<Record<string, string>>;
}

export interface ChartSize {
  width: number;
  height: number;
  /** Presentation: bigger type and marks. */
  large?: boolean;
  animate: boolean;
}

export interface ChartSpec {
  id: ChartId;
  title: string;
  /** One or two sentences saying what the chart shows and its main finding. */
  description: string;
  legend: LegendEntry[];
  table: ChartTable;
  /** Null when there is nothing to draw; `emptyText` is shown instead. */
  render: ((size: ChartSize) => ReactElement) | null;
  emptyText?: string;
}
