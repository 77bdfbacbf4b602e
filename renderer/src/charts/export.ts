// Chart export, offline: the chart's SVG is cloned with its computed styles
// inlined (so it looks the same outside the app), framed with a title, a date
// and the legend, and saved as SVG, or drawn on a canvas and saved as PNG.
// Downloads go through a blob: URL and an <a download> (the CSP allows blob:).
import { FONT_FAMILY, INK, MUTED } from './theme';

export interface LegendEntry {
  label: string;
  colour: string;
  /** 'line' draws a stroke (dashed when `dash`), 'box' a filled square. */
  kind: 'box' | 'line';
  dash?: string;
}

export interface ExportFrame {
  title: string;
  /** Second header line, e.g. "Camera Replacement Planner — 27 Nov 2026". */
  subtitle: string;
  legend: readonly LegendEntry[];
}

export const HEADER_HEIGHT = 56;
const LEGEND_ROW = 22;
const PAD = 12;
/** PNGs are drawn at twice the on-screen size so they stay sharp on a slide. */
export const PNG_SCALE = 2;

const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility'];

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Rough text width for laying out the legend without a DOM (average glyph ≈ 0.58 em). */
function textWidth(text: string, size: number): number {
  return Math.ceil(text.length * size * 0.58);
}

function legendRows(legend: readonly LegendEntry[], width: number): Array<Array<{ e: LegendEntry; x: number }>> {
  const rows: Array<Array<{ e: LegendEntry; x: number }>> = [];
  let row: Array<{ e: LegendEntry; x: number }> = [];
  let x = PAD;
  for (const e of legend) {
    const w = 22 + textWidth(e.label, 12) + 18;
    if (row.length && x + w > width - PAD) {
      rows.push(row);
      row = [];
      x = PAD;
    }
    row.push({ e, x });
    x += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

function copyStyles(live: Element, clone: Element): void {
  const cs = getComputedStyle(live);
  const style = STYLE_PROPS.map((p) => {
    const v = cs.getPropertyValue(p);
    return v ? `${p}:${v}` : '';
  })
    .filter(Boolean)
    .join(';');
  if (style) clone.setAttribute('style', style);
  for (let i = 0; i < live.children.length; i++) copyStyles(live.children[i], clone.children[i]);
}

/** A standalone SVG document of the chart, with title, date and legend; sizes in CSS pixels. */
export function serialiseChart(svg: SVGSVGElement, frame: ExportFrame): { svg: string; width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const chartW = Math.round(Number(svg.getAttribute('width')) || rect.width);
  const chartH = Math.round(Number(svg.getAttribute('height')) || rect.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyStyles(svg, clone);
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(HEADER_HEIGHT));
  clone.setAttribute('width', String(chartW));
  clone.setAttribute('height', String(chartH));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  const rows = legendRows(frame.legend, chartW);
  const legendH = rows.length ? rows.length * LEGEND_ROW + PAD : 0;
  const width = chartW;
  const height = HEADER_HEIGHT + chartH + legendH;
  const legendSvg = rows
    .flatMap((row, r) =>
      row.map(({ e, x }) => {
        const y = HEADER_HEIGHT + chartH + PAD / 2 + r * LEGEND_ROW + 11;
        const mark =
          e.kind === 'box'
            ? `<rect x="${x}" y="${y - 6}" width="14" height="12" fill="${e.colour}"/>`
            : `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${e.colour}" stroke-width="3"${e.dash ? ` stroke-dasharray="${e.dash}"` : ''}/>`;
        return `${mark}<text x="${x + 22}" y="${y + 4}" font-size="12" fill="${INK}">${escapeXml(e.label)}</text>`;
      }),
    )
    .join('');
  const doc =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="24" font-size="18" font-weight="700" fill="${INK}">${escapeXml(frame.title)}</text>` +
    `<text x="${PAD}" y="44" font-size="12" fill="${MUTED}">${escapeXml(frame.subtitle)}</text>` +
    new XMLSerializer().serializeToString(clone) +
    legendSvg +
    `</svg>`;
  return { svg: doc, width, height };
}

/** Rasterise an SVG document through a canvas; resolves with a PNG blob of width×scale by height×scale. */
export async function svgToPng(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This window cannot draw images (no 2D canvas).');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "budget-by-fiscal-year-2026-11-27.png": ASCII, no spaces, safe on every file system. */
export function exportFileName(id: string, date: string, ext: 'png' | 'svg'): string {
  return `${id}-${date}.${ext}`;
}
