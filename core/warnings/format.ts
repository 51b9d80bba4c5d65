/** Plain-text figures for rule sentences (the UI formats its own numbers the same way). */
import type { Decimal } from '../numbers';

export const pct = (d: Decimal, digits = 2) => `${d.mul(100).toDecimalPlaces(digits).toString()} %`;
export const usd = (d: Decimal) => `$${d.toDecimalPlaces(2).toFixed(2)}`;
export const times = (d: Decimal) => `${d.toDecimalPlaces(2).toString()}x`;
export const days = (d: Decimal) => `${d.toDecimalPlaces(1).toString()} days`;
