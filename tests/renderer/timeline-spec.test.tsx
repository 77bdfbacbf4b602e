// The phase timeline chart draws only the sites that have funded work; the
// sites with nothing funded are counted in its description and listed in its
// table. After a large import most sites can be unfunded, and a row each for
// them buried the schedule (137 rows, 124 of them empty, in a walk-through).
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { SiteTimeline } from '../../electron/api/plan-types';
import type { ChartFormat } from '../../renderer/src/charts/format';
import { timelineSpec } from '../../renderer/src/charts/specs/timeline';
import { translate } from '../../renderer/src/i18n';

const fmt: ChartFormat = {
  money: (c) => `$${c / 100}`,
  moneyShort: (c) => `$${c / 100}`,
  number: String,
  percent: (r) => `${r * 100}%`,
  month: (m) => m,
  date: (d) => d,
};
const ctx = (lang: 'en' | 'fr') => ({ t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p), fmt });

function site(siteName: string, firstMonth: string | null, lastMonth: string | null, more: Partial<SiteTimeline> = {}): SiteTimeline {
  return { siteId: siteName.length, siteName, criticality: 2, phase: 1, firstMonth, lastMonth, devices: 5, costCents: 100, unfundedDevices: 0, placement: 'auto', ...more };
}

const SITES = [
  site('Regina', '2027-02', '2027-05'),
  site('Iqaluit', null, null, { unfundedDevices: 5 }),
  site('Halifax', '2026-11', '2027-01'),
  site('Yellowknife', null, null, { unfundedDevices: 3 }),
];

describe('the phase timeline chart', () => {
  it('draws the funded sites only, and counts and lists the others', () => {
    const spec = timelineSpec(SITES, ctx('en'));
    const chart = spec.render!({ width: 800, height: 300, large: false, animate: false }) as ReactElement<{ data: Array<{ site: string }> }>;
    expect(chart.props.data.map((r) => r.site)).toEqual(['Halifax', 'Regina']);
    expect(spec.table.rows.map((r) => r.site)).toEqual(['Halifax', 'Regina', 'Iqaluit', 'Yellowknife']);
    expect(spec.description).toContain('2 site(s) have nothing funded yet: they are in the table, not on the chart.');
    expect(timelineSpec(SITES, ctx('fr')).description).toContain('2 site(s) sans aucun financement');
  });

  it('draws nothing, and says so, when no site is funded', () => {
    const spec = timelineSpec([site('Iqaluit', null, null, { unfundedDevices: 5 })], ctx('en'));
    expect(spec.render).toBeNull();
    expect(spec.emptyText).toBe(translate('en', 'charts.timeline.noneFunded'));
    expect(spec.table.rows).toHaveLength(1);
  });
});
