/** Display formatting for figures from core. Every figure says its unit; core never formats. */
import type { Decimal } from '../../core/index';

const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A fraction as a percentage: 2 decimals, more significant digits for tiny shares (0.0999 %). */
export function percent(fraction: Decimal, { signed = false } = {}): string {
  const value = fraction.mul(100);
  const abs = value.abs();
  const text = abs.isZero() ? '0.00' : abs.lt('0.1') ? abs.toSignificantDigits(3).toFixed() : abs.toFixed(2);
  const sign = value.isNegative() && !abs.isZero() ? '-' : signed && !abs.isZero() ? '+' : '';
  return `${sign}${text} %`;
}

export function usd(amount: Decimal, { signed = false } = {}): string {
  const text = usdFormat.format(amount.abs().toNumber());
  const rounded = amount.abs().toDecimalPlaces(2);
  const sign = amount.isNegative() && !rounded.isZero() ? '-' : signed && !rounded.isZero() ? '+' : '';
  return `${sign}${text}`;
}

export function multiple(value: Decimal): string {
  return `${value.toDecimalPlaces(2).toFixed(2)}x`;
}

export function days(value: Decimal): string {
  return `${value.toDecimalPlaces(1).toFixed(1)} days`;
}

/** A price move as a signed percentage of the current price: +100 %, -50 %. */
export function move(fraction: Decimal): string {
  const value = fraction.mul(100);
  return `${value.isNegative() ? '' : '+'}${value.toDecimalPlaces(2).toString()} %`;
}

/** An age for "2 min ago": seconds under 90 s, minutes under 90 min, then hours. */
export function ageOf(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
