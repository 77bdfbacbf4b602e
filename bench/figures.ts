// The figures the benchmark reports: value, baseline, ratio, goal, pass/fail,
// and the table printed at the end of a run.

export interface Goal {
  /** What the goal bounds: the ratio to the baseline, or the value itself. */
  on: 'ratio' | 'value';
  max: number;
  /** `<` rather than `≤`. */
  strict?: boolean;
}

export interface Figure {
  id: string;
  label: string;
  unit: 'ms' | 'MB';
  /** Median over repetitions (or the single value for once-only figures). */
  value: number;
  baseline: number | null;
  baselineLabel: string | null;
  ratio: number | null;
  goal: Goal | null;
  pass: boolean | null;
  /** Every repetition, for the honest record of the noise. */
  samples: number[];
  baselineSamples: number[] | null;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function figure(
  id: string,
  label: string,
  unit: Figure['unit'],
  samples: number[],
  baseline: { label: string; samples: number[] } | null,
  goal: Goal | null,
): Figure {
  const value = median(samples);
  const base = baseline ? median(baseline.samples) : null;
  const ratio = base ? value / base : null;
  const checked = goal ? (goal.on === 'ratio' ? ratio : value) : null;
  const pass = goal && checked !== null ? (goal.strict ? checked < goal.max : checked <= goal.max) : null;
  return { id, label, unit, value, baseline: base, baselineLabel: baseline?.label ?? null, ratio, goal, pass, samples, baselineSamples: baseline?.samples ?? null };
}

const num = (v: number | null, unit = '') => (v === null || Number.isNaN(v) ? '—' : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)}${unit ? ' ' + unit : ''}`);

export function goalText(f: Figure): string {
  if (!f.goal) return 'info';
  const op = f.goal.strict ? '<' : '≤';
  return f.goal.on === 'ratio' ? `ratio ${op} ${f.goal.max}` : `${op} ${f.goal.max} ${f.unit}`;
}

export function table(figures: readonly Figure[]): string {
  const head = ['figure', 'value', 'baseline', 'ratio', 'goal', 'result'];
  const rows = figures.map((f) => [
    f.label,
    num(f.value, f.unit),
    f.baseline === null ? '—' : `${num(f.baseline, f.unit)} (${f.baselineLabel})`,
    f.ratio === null ? '—' : f.ratio.toFixed(2),
    goalText(f),
    f.pass === null ? '' : f.pass ? 'pass' : 'FAIL',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
