/**
 * Parses one digit token as the segmenter cuts it: digits with separators and an optional
 * letter suffix ("1,275", "3.2bn", "28th", "1990s", "5km", "10:30", "192.168.1.2").
 */

export type DigitKind = 'integer' | 'decimal' | 'ordinal' | 'decade' | 'time' | 'code' | 'list' | 'measure' | 'sci';

export interface DigitPart {
  /** Offsets relative to the token start. */
  start: number;
  end: number;
  value: number;
}

export interface DigitParse {
  kind: DigitKind;
  value: number;
  /** Scale applied by an abbreviated suffix ("bn" → 1e9), 1 when none. */
  multiplier: number;
  /** Measure unit from an attached suffix ("km"); "m" may still turn out to mean million. */
  unit?: string;
  /** Only digits, no separators, no suffix. */
  plain: boolean;
  /** Length of the numeric part (before any suffix). */
  numericLength: number;
  /** For "list" tokens (IP addresses, "22,24,26"): the separate numbers. */
  parts?: DigitPart[];
}

/** Attached scale suffixes; case matters ("M" is million, "m" is metres unless money). */
const SCALE_SUFFIX = new Map<string, number>([
  ['k', 1e3], ['K', 1e3], ['M', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['MM', 1e6],
  ['bn', 1e9], ['bln', 1e9], ['b', 1e9], ['B', 1e9], ['Bn', 1e9], ['BN', 1e9], ['tn', 1e12],
  ['tln', 1e12], ['trn', 1e12], ['Mn', 1e6],
]);

/** Attached measure suffixes → normalised unit. */
export const MEASURE_SUFFIX = new Map<string, string>([
  ['km', 'km'], ['m', 'm'], ['cm', 'cm'], ['mm', 'mm'], ['kg', 'kg'], ['g', 'g'], ['mg', 'mg'],
  ['t', 't'], ['lb', 'lb'], ['lbs', 'lb'], ['oz', 'oz'], ['ft', 'ft'], ['mi', 'mi'], ['mph', 'mph'],
  ['kph', 'km/h'], ['kmh', 'km/h'], ['ha', 'ha'], ['l', 'l'], ['L', 'l'], ['ml', 'ml'], ['MW', 'MW'],
  ['GW', 'GW'], ['kW', 'kW'], ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'],
  ['km2', 'km2'], ['m2', 'm2'], ['sqkm', 'km2'], ['bpd', 'bpd'], ['kt', 'kt'], ['Mt', 'Mt'],
  ['nm', 'nmi'], ['yd', 'yd'], ['gal', 'gal'], ['kb', 'kB'], ['KB', 'kB'], ['MB', 'MB'], ['GB', 'GB'], ['TB', 'TB'],
]);

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'ST', 'ND', 'RD', 'TH', 'St', 'Nd', 'Rd', 'Th']);
const TIME_SUFFIX = new Set(['am', 'pm', 'AM', 'PM', 'h', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'GMT', 'UTC']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function parseDigitToken(tok: string): DigitParse {
  // Fast path: the common plain integer ("613").
  if (tok.length <= 15 && PLAIN.test(tok)) return { kind: 'integer', value: Number(tok), multiplier: 1, plain: true, numericLength: tok.length };
  let sfx = 0;
  while (sfx < tok.length) {
    const c = tok.charCodeAt(sfx);
    if (!isDigit(c) && c !== 44 && c !== 46 && c !== 58) break;
    sfx++;
  }
  const numeric = tok.slice(0, sfx);
  const suffix = tok.slice(sfx);
  const base = parseNumeric(numeric);
  const out: DigitParse = { ...base, multiplier: 1, plain: base.plain && suffix === '', numericLength: sfx };
  if (suffix === '' || out.kind === 'time' || out.kind === 'list') return suffix === '' ? out : { ...out, kind: out.kind === 'list' ? 'code' : out.kind };
  if (ORDINAL_SUFFIX.has(suffix)) return { ...out, kind: 'ordinal' };
  if (suffix === 's' || suffix === 'S') return { ...out, kind: 'decade' };
  if (TIME_SUFFIX.has(suffix)) return { ...out, kind: 'time' };
  if (suffix === 'e' || suffix === 'E') return { ...out, kind: 'sci' };
  const scale = SCALE_SUFFIX.get(suffix);
  if (scale !== undefined) return { ...out, value: scaleBy(out.value, scale), multiplier: scale, kind: 'integer' };
  const unit = MEASURE_SUFFIX.get(suffix);
  if (unit !== undefined) return { ...out, kind: 'measure', unit };
  return { ...out, kind: 'code' };
}

interface Numeric {
  kind: DigitKind;
  value: number;
  plain: boolean;
  parts?: DigitPart[];
}

const THREE = /^\d{3}$/;
const PLAIN = /^\d+$/;
const TWO = /^\d{2}$/;

function parseNumeric(s: string): Numeric {
  if (s.indexOf(':') >= 0) return { kind: 'time', value: NaN, plain: false };
  const hasDot = s.indexOf('.') >= 0;
  const hasComma = s.indexOf(',') >= 0;
  if (!hasDot && !hasComma) return { kind: 'integer', value: Number(s), plain: true };
  if (hasDot && !hasComma) {
    const g = s.split('.');
    if (g.length === 2) return { kind: 'decimal', value: Number(s), plain: false };
    // "1.234.567": European thousands; otherwise an address-like list ("192.168.1.2").
    if (g[0].length <= 3 && g.slice(1).every((x) => THREE.test(x))) return { kind: 'integer', value: Number(g.join('')), plain: false };
    return list(g, 1);
  }
  if (hasComma && !hasDot) {
    const g = s.split(',');
    if (thousands(g) || indian(g)) return { kind: 'integer', value: Number(g.join('')), plain: false };
    // "1,3" / "5,00": a decimal comma.
    if (g.length === 2 && g[1].length <= 2) return { kind: 'decimal', value: Number(g[0] + '.' + g[1]), plain: false };
    return list(g, 1);
  }
  // Both separators: the last one is the decimal mark.
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot > lastComma) {
    const g = s.slice(0, lastDot).split(',');
    if (s.slice(lastComma + 1, lastDot).indexOf('.') < 0 && (thousands(g) || indian(g))) {
      return { kind: 'decimal', value: Number(g.join('') + s.slice(lastDot)), plain: false };
    }
  } else {
    const g = s.slice(0, lastComma).split('.');
    if (s.slice(lastDot + 1, lastComma).indexOf(',') < 0 && thousands(g)) {
      return { kind: 'decimal', value: Number(g.join('') + '.' + s.slice(lastComma + 1)), plain: false };
    }
  }
  return { kind: 'code', value: NaN, plain: false };
}

function thousands(g: string[]): boolean {
  if (g[0].length < 1 || g[0].length > 3) return false;
  for (let i = 1; i < g.length; i++) if (!THREE.test(g[i])) return false;
  return true;
}

/** "12,34,567": Indian grouping, two-digit groups then a final three. */
function indian(g: string[]): boolean {
  if (g.length < 3 || g[0].length < 1 || g[0].length > 2) return false;
  for (let i = 1; i < g.length - 1; i++) if (!TWO.test(g[i])) return false;
  return THREE.test(g[g.length - 1]);
}

function list(groups: string[], sepLen: number): Numeric {
  const parts: DigitPart[] = [];
  let at = 0;
  for (const g of groups) {
    if (g.length > 0) parts.push({ start: at, end: at + g.length, value: Number(g) });
    at += g.length + sepLen;
  }
  return { kind: 'list', value: parts.length ? parts[0].value : NaN, plain: false, parts };
}

/** v × m without binary noise for powers of ten (1.1 × 1e6 is 1100000, not 1100000.0000000002). */
export function scaleBy(v: number, m: number): number {
  return tidy(v * m);
}

/** Rounds away floating-point noise: 15 significant digits. */
export function tidy(x: number): number {
  if (Number.isSafeInteger(x) || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(15));
}
