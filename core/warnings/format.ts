/** Rule sentences format their figures with the one formatter the UI uses (core/format.ts). */
import type { Decimal } from '../numbers';
import { days as formatDays, multiple, percent, usd as formatUsd } from '../format';

export const pct = (d: Decimal, digits = 2) => percent(d, { digits });
export const usd = (d: Decimal) => formatUsd(d);
export const times = (d: Decimal) => multiple(d);
export const days = (d: Decimal) => formatDays(d);
