// The Restricted devices and Review queue sheets: one row per device with its
// evidence written out as sentences and the citations of the policies that
// flagged it, so an auditor reads why without opening the app.
import type { Citation, Evidence } from '../../api/types';
import type { EvidenceColumns, ExportDevice } from './device';
import type { ExportLabels } from './labels';
import { rowsOf, type CellValue, type ColumnSpec, type TableBlock } from './table';

/** One evidence item as a line: what matched, which rule, how strong. */
export function evidenceLine(e: Evidence): string {
  const what = e.note ?? e.rule;
  const policy = e.policy ? ` [${e.policy}${e.policyVersion ? ' v' + e.policyVersion : ''}]` : '';
  return `${e.field} "${e.value}": ${what} (${e.strength})${policy}`;
}

export function evidenceText(evidence: readonly Evidence[]): string {
  return evidence.map(evidenceLine).join('\n');
}

export function citationText(c: Citation): string {
  return `${c.title} — ${c.issuer}, ${c.date}. ${c.url}`;
}

/** Distinct citations of a device's evidence, in evidence order. */
export function deviceCitations(evidence: readonly Evidence[]): Citation[] {
  const out: Citation[] = [];
  for (const e of evidence) {
    const c = e.citation;
    if (c && !out.some((o) => o.url === c.url && o.title === c.title)) out.push(c);
  }
  return out;
}

/** Distinct policies (with their versions) that the evidence cites, in evidence order. */
function devicePolicies(evidence: readonly Evidence[]): string {
  const out: string[] = [];
  for (const e of evidence) {
    if (!e.policy) continue;
    const policy = e.policyVersion ? `${e.policy} v${e.policyVersion}` : e.policy;
    if (!out.includes(policy)) out.push(policy);
  }
  return out.join(', ');
}

/** The three evidence cells of a device's row; computed once per device, as its evidence is read. */
export function evidenceColumns(evidence: readonly Evidence[]): EvidenceColumns {
  if (evidence.length === 0) return NO_EVIDENCE;
  return { text: evidenceText(evidence), policies: devicePolicies(evidence), citations: deviceCitations(evidence).map(citationText).join('\n') };
}

export const NO_EVIDENCE: EvidenceColumns = Object.freeze({ text: '', policies: '', citations: '' });

function baseColumns(l: ExportLabels): ColumnSpec[] {
  const d = l.device;
  return [
    { header: d.id, kind: 'int', width: 10 },
    { header: d.site, kind: 'text', width: 28, repeats: true },
    { header: d.building, kind: 'text', width: 22, repeats: true },
    { header: d.location, kind: 'text', width: 20, repeats: true },
    { header: d.type, kind: 'text', width: 14, repeats: true },
    { header: d.manufacturer, kind: 'text', width: 22, repeats: true },
    { header: d.model, kind: 'text', width: 22, repeats: true },
    { header: d.serial, kind: 'text', width: 28 },
    { header: d.mac, kind: 'text', width: 19 },
    { header: d.ip, kind: 'text', width: 15 },
    { header: d.company, kind: 'text', width: 12, repeats: true },
    { header: d.overridden, kind: 'text', width: 10, repeats: true },
  ];
}

function baseRow(d: ExportDevice, l: ExportLabels): CellValue[] {
  return [d.id, d.site, d.building, d.location, l.type[d.type], d.manufacturer, d.model, d.serial, d.mac ?? d.macRaw, d.ip, d.company, d.overridden ? l.yes : l.no];
}

export function restrictedTable(devices: readonly ExportDevice[], l: ExportLabels): TableBlock {
  const columns: ColumnSpec[] = [
    ...baseColumns(l),
    { header: l.device.evidence, kind: 'text', width: 70 },
    { header: l.device.policies, kind: 'text', width: 24, repeats: true },
    { header: l.device.citations, kind: 'text', width: 70, repeats: true },
  ];
  const rows = rowsOf(devices, (d) => {
    if (d.status !== 'restricted') return null;
    const row = baseRow(d, l);
    row.push(d.evidence.text, d.evidence.policies, d.evidence.citations);
    return row;
  });
  return { columns, rows };
}

export function reviewTable(devices: readonly ExportDevice[], l: ExportLabels): TableBlock {
  const columns: ColumnSpec[] = [
    ...baseColumns(l),
    { header: l.device.reason, kind: 'text', width: 70 },
    { header: l.device.citations, kind: 'text', width: 60, repeats: true },
  ];
  const rows = rowsOf(devices, (d) => {
    if (d.status !== 'review') return null;
    const row = baseRow(d, l);
    row.push(d.evidence.text, d.evidence.citations);
    return row;
  });
  return { columns, rows };
}
