// The one chart theme: the Okabe–Ito palette (distinguishable with the common
// colour-vision deficiencies), dash patterns as a second cue for lines, and
// the animation switch (off under automation so tests and exports see the
// final picture at once).
import type { DeviceStatus } from '../../../electron/api/types';
import type { BudgetCategory } from './shape/budget';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours in order of use (yellow last: weak on white). */
export const SERIES = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple, OKABE_ITO.orange, OKABE_ITO.skyBlue, OKABE_ITO.black, OKABE_ITO.yellow];
export const DASHES = ['', '8 4', '3 3', '12 4 3 4', '1 3', '6 2 2 2'];

export const CATEGORY_COLOURS: Record<BudgetCategory, string> = {
  hardware: OKABE_ITO.blue,
  labour: OKABE_ITO.orange,
  licence: OKABE_ITO.bluishGreen,
  disposal: OKABE_ITO.reddishPurple,
  contingency: OKABE_ITO.skyBlue,
};

export const STATUS_COLOURS: Record<DeviceStatus, string> = {
  restricted: OKABE_ITO.vermillion,
  review: OKABE_ITO.orange,
  clear: OKABE_ITO.blue,
};

export const CAP_COLOUR = OKABE_ITO.black;
export const INK = '#1c2430';
export const GRID = '#d5dbe3';
export const MUTED = '#4a5566';

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

export function seriesColour(i: number): string {
  return SERIES[i % SERIES.length];
}

/** Animation is off when a test (navigator.webdriver) drives the page, or when asked. */
export function animationActive(disabled?: boolean): boolean {
  if (disabled) return false;
  return !(typeof navigator !== 'undefined' && navigator.webdriver);
}

export const AXIS_TICK = { fill: MUTED, fontSize: 12, fontFamily: FONT_FAMILY };
