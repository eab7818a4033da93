/**
 * Colour-blind-safe palettes.
 * - Categorical: Okabe & Ito (2008), distinguishable with every common colour-vision deficiency.
 *   Yellow (#F0E442) is left out: it has too little contrast against the white background.
 * - Sequential: ColorBrewer "Blues", a single hue from light to dark, so order reads from
 *   lightness alone (also in greyscale).
 */

export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  skyBlue: '#56B4E9',
  reddishPurple: '#CC79A7',
  grey: '#8C8C8C',
} as const;

/** Colours for the ranked series of a categorical chart; the grey is kept for "other". */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.reddishPurple,
];

export const OTHER_COLOR = OKABE_ITO.grey;

/** ColorBrewer Blues, 7 classes, light to dark. */
export const SEQUENTIAL_BLUES: readonly string[] = [
  '#eff3ff',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#084594',
];

const DARK_TEXT = '#111827';
const LIGHT_TEXT = '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a '#rrggbb' colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) =>
    channel(parseInt(part ?? '0', 16)),
  );
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two '#rrggbb' colours (1-21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Dark or white text, whichever contrasts more with the background (always ≥ 4.5:1 here). */
export function textColorOn(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT)
    ? DARK_TEXT
    : LIGHT_TEXT;
}
