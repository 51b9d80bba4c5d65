/**
 * Rule sentences format their figures with the one formatter the UI uses (core/format.ts). A measured
 * value is shown next to the limit it crossed, so two things matter here beyond the formatter:
 * - a limit is a round number and reads as one: "1.5×", "1×", "$10,000", "7 days", "0.5 %";
 * - a value never rounds onto its limit: 1.4996× next to "safe above 1.5×" shows "1.4996×", not "1.50×"
 *   (which would read as passing); when even six decimals cannot separate them, it reads "just under 1.5×".
 */
import { Decimal } from '../numbers';
import { days as formatDays, multiple, percent, usd as formatUsd } from '../format';
import type { MeasureUnit } from './rule';

export const pct = (d: Decimal, digits = 2) => percent(d, { digits });
export const usd = (d: Decimal) => formatUsd(d);
export const times = (d: Decimal) => multiple(d);
export const days = (d: Decimal) => formatDays(d);

interface UnitFormat {
  format(value: Decimal, digits: number): string;
  digits: number;
  /** The figure in the unit shown (a fraction is shown in percent). */
  shown(value: Decimal): Decimal;
}

const UNITS: Record<MeasureUnit, UnitFormat> = {
  fraction: { format: (v, digits) => percent(v, { digits }), digits: 2, shown: (v) => v.mul(100) },
  usd: { format: (v, digits) => formatUsd(v, { digits }), digits: 2, shown: (v) => v },
  days: { format: (v, digits) => formatDays(v, { digits }), digits: 1, shown: (v) => v },
  multiple: { format: (v, digits) => multiple(v, { digits }), digits: 2, shown: (v) => v },
};

/** How many more decimals than the default may be tried to tell a value from its limit. */
const EXTRA_DIGITS = 4;
const SUFFIX_SCALE: Record<string, string> = { M: 'e6', B: 'e9', T: 'e12' };

/** The number a formatted figure shows ("$1.23M" -> 1230000, "-5.72 %" -> -5.72), in the unit shown. */
function readBack(text: string): Decimal {
  const suffix = /([MBT])$/.exec(text.replace(/\s/g, ''))?.[1];
  const digits = text.replace(/[^0-9.e+-]/g, '');
  const scaled = suffix ? `${digits}${SUFFIX_SCALE[suffix]}` : digits;
  return new Decimal(scaled);
}

/** A threshold with exactly as many decimals as it has: "1.5×", "1×", "0.5 %", "$10,000", "7 days". */
export function limitText(unit: MeasureUnit, limit: Decimal): string {
  const f = UNITS[unit];
  return f.format(limit, Math.min(6, f.shown(limit).decimalPlaces()));
}

/** The measured value, with more decimals if the default would round it onto the limit it crossed. */
export function valueText(unit: MeasureUnit, value: Decimal, limit: Decimal, startDigits?: number): string {
  const f = UNITS[unit];
  const target = f.shown(limit);
  const first = startDigits ?? f.digits;
  for (let digits = first; digits <= Math.max(first, f.digits) + EXTRA_DIGITS; digits++) {
    const text = f.format(value, digits);
    if (!readBack(text).eq(target)) return text;
  }
  return `${value.lt(limit) ? 'just under' : 'just over'} ${limitText(unit, limit)}`;
}
